package org.newsbot.discord;

import java.util.List;
import java.util.function.Function;
import org.newsbot.chat.ChatService;

/** Starts the Discord bot when the configuration has a token for it. */
public final class DiscordLauncher {
  private DiscordLauncher() {}

  /**
   * Starts the bot when {@code discord.token} (DISCORD_BOT_TOKEN) is set, else returns null.
   *
   * @param get a setting's value or null, as the application's configuration gives it
   * @param list a list setting
   * @throws IllegalArgumentException when a {@code discord.*} setting is invalid
   * @throws IllegalStateException when Discord refuses the token or cannot be reached
   */
  public static DiscordBot startIfConfigured(ChatService chat, Function<String, String> get,
      Function<String, List<String>> list) {
    DiscordSettings settings = DiscordSettings.fromConfig(get, list);
    return settings == null ? null : DiscordBot.start(settings, chat);
  }
}
