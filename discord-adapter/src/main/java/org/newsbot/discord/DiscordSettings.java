package org.newsbot.discord;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How to run the Discord bot. Every field but the token comes from the configuration
 * ({@code discord.*}); the token comes only from {@code DISCORD_BOT_TOKEN} and is never printed.
 *
 * @param token the bot token
 * @param guildId register the slash commands in this guild only (they appear at once), or null to
 *     register them globally
 * @param moderatorRole members with a role of this id or name are moderators, besides those with
 *     Manage Server; null for none
 * @param admins user ids of the bot's admins
 * @param shards how many gateway shards to run
 * @param apiUrl the REST base URL
 * @param gatewayUrl the gateway URL, or null to ask Discord for it
 * @param messageContent whether to ask for the privileged Message Content intent
 */
public record DiscordSettings(String token, String guildId, String moderatorRole, Set<String> admins,
    int shards, String apiUrl, String gatewayUrl, boolean messageContent) {

  public static final String DEFAULT_API_URL = "https://discord.com/api/v10/";
  private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{1,20}");

  public DiscordSettings {
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("the Discord bot token is empty");
    }
    guildId = blankToNull(guildId);
    if (guildId != null && !SNOWFLAKE.matcher(guildId).matches()) {
      throw new IllegalArgumentException("discord.guild-id must be a Discord server id (digits), not '"
          + guildId + "'");
    }
    moderatorRole = blankToNull(moderatorRole);
    admins = Set.copyOf(admins);
    for (String admin : admins) {
      if (!SNOWFLAKE.matcher(admin).matches()) {
        throw new IllegalArgumentException("discord.admins must list Discord user ids (digits), not '"
            + admin + "'");
      }
    }
    if (shards < 1) {
      throw new IllegalArgumentException("discord.shards must be 1 or more, not " + shards);
    }
    apiUrl = blankToNull(apiUrl) == null ? DEFAULT_API_URL : apiUrl.strip();
    if (!apiUrl.startsWith("http://") && !apiUrl.startsWith("https://")) {
      throw new IllegalArgumentException("discord.api-url must be an http(s) URL, not '" + apiUrl + "'");
    }
    gatewayUrl = blankToNull(gatewayUrl);
    if (gatewayUrl != null && !gatewayUrl.startsWith("ws://") && !gatewayUrl.startsWith("wss://")) {
      throw new IllegalArgumentException("discord.gateway-url must be a ws(s) URL, not '" + gatewayUrl + "'");
    }
  }

  /** The settings with the defaults: global commands, one shard, Discord's own servers. */
  public static DiscordSettings of(String token) {
    return new DiscordSettings(token, null, null, Set.of(), 1, null, null, false);
  }

  /**
   * Reads the settings through the application's configuration: {@code get} gives a key's value or
   * null ({@code discord.token} being DISCORD_BOT_TOKEN), {@code list} a list setting. Returns null
   * when no token is set, so Discord stays off.
   */
  public static DiscordSettings fromConfig(Function<String, String> get, Function<String, List<String>> list) {
    String token = blankToNull(get.apply("discord.token"));
    if (token == null) {
      return null;
    }
    String shards = blankToNull(get.apply("discord.shards"));
    int shardCount;
    try {
      shardCount = shards == null ? 1 : Integer.parseInt(shards.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("discord.shards must be a whole number, not '" + shards + "'");
    }
    return new DiscordSettings(token, get.apply("discord.guild-id"), get.apply("discord.moderator-role"),
        Set.copyOf(list.apply("discord.admins")), shardCount, get.apply("discord.api-url"),
        get.apply("discord.gateway-url"), flag(get.apply("discord.message-content")));
  }

  private static boolean flag(String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default -> throw new IllegalArgumentException("discord.message-content must be true or false, not '"
          + value + "'");
    };
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Everything but the token. */
  @Override
  public String toString() {
    return "DiscordSettings[guildId=" + guildId + ", moderatorRole=" + moderatorRole + ", admins=" + admins
        + ", shards=" + shards + ", apiUrl=" + apiUrl + ", gatewayUrl=" + gatewayUrl
        + ", messageContent=" + messageContent + "]";
  }
}
