package org.newsbot.telegram;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How the Telegram adapter connects: the bot token, the Bot API server, long polling or a webhook,
 * the admin user ids, and how fast it may post. {@link #toString()} never shows the token or the
 * webhook secret.
 *
 * @param token the bot token from BotFather
 * @param apiUrl the Bot API server, {@code scheme://host[:port]}
 * @param webhookUrl the public HTTPS URL Telegram posts updates to; null means long polling
 * @param webhookListen where the webhook listener binds (a reverse proxy forwards to it)
 * @param webhookSecret the secret Telegram sends with every webhook call; null makes one per start
 * @param admins Telegram user ids that are newsbot admins in every chat
 * @param pollTimeout how long one long-polling request waits for updates
 * @param adminCacheTtl how long a group's administrator list is reused
 * @param limits how fast messages are posted
 */
public record TelegramSettings(String token, URI apiUrl, URI webhookUrl, InetSocketAddress webhookListen,
    String webhookSecret, Set<Long> admins, Duration pollTimeout, Duration adminCacheTtl, SendLimits limits) {

  public static final URI DEFAULT_API_URL = URI.create("https://api.telegram.org");
  public static final int DEFAULT_WEBHOOK_PORT = 8443;

  public TelegramSettings {
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("the Telegram bot token is empty: set TELEGRAM_BOT_TOKEN");
    }
    apiUrl = apiUrl == null ? DEFAULT_API_URL : apiUrl;
    checkApiUrl(apiUrl);
    if (webhookUrl != null && (webhookUrl.getScheme() == null || webhookUrl.getHost() == null
        || !webhookUrl.getScheme().equalsIgnoreCase("https"))) {
      throw new IllegalArgumentException("telegram.webhook-url must be an https:// URL, not '" + webhookUrl + "'");
    }
    webhookListen = webhookListen == null ? new InetSocketAddress(DEFAULT_WEBHOOK_PORT) : webhookListen;
    if (webhookSecret != null && !webhookSecret.matches("[A-Za-z0-9_-]{1,256}")) {
      throw new IllegalArgumentException("the webhook secret must be 1-256 characters of A-Z, a-z, 0-9, _ and -");
    }
    admins = admins == null ? Set.of() : Set.copyOf(admins);
    pollTimeout = pollTimeout == null ? Duration.ofSeconds(50) : pollTimeout;
    if (pollTimeout.toSeconds() < 1) {
      throw new IllegalArgumentException("the poll timeout must be at least one second");
    }
    adminCacheTtl = adminCacheTtl == null ? Duration.ofMinutes(2) : adminCacheTtl;
    limits = limits == null ? SendLimits.TELEGRAM : limits;
  }

  /** Long polling against api.telegram.org, with the defaults for everything else. */
  public static TelegramSettings of(String token) {
    return new TelegramSettings(token, null, null, null, null, null, null, null, null);
  }

  public TelegramSettings withApiUrl(URI url) {
    return new TelegramSettings(token, url, webhookUrl, webhookListen, webhookSecret, admins, pollTimeout,
        adminCacheTtl, limits);
  }

  public TelegramSettings withWebhook(URI url, InetSocketAddress listen, String secret) {
    return new TelegramSettings(token, apiUrl, url, listen, secret, admins, pollTimeout, adminCacheTtl, limits);
  }

  public TelegramSettings withAdmins(Set<Long> ids) {
    return new TelegramSettings(token, apiUrl, webhookUrl, webhookListen, webhookSecret, ids, pollTimeout,
        adminCacheTtl, limits);
  }

  public TelegramSettings withPollTimeout(Duration timeout) {
    return new TelegramSettings(token, apiUrl, webhookUrl, webhookListen, webhookSecret, admins, timeout,
        adminCacheTtl, limits);
  }

  public TelegramSettings withAdminCacheTtl(Duration ttl) {
    return new TelegramSettings(token, apiUrl, webhookUrl, webhookListen, webhookSecret, admins, pollTimeout,
        ttl, limits);
  }

  public TelegramSettings withLimits(SendLimits sendLimits) {
    return new TelegramSettings(token, apiUrl, webhookUrl, webhookListen, webhookSecret, admins, pollTimeout,
        adminCacheTtl, sendLimits);
  }

  public boolean webhook() {
    return webhookUrl != null;
  }

  private static void checkApiUrl(URI url) {
    String scheme = url.getScheme();
    String path = url.getRawPath();
    if (scheme == null || !scheme.matches("(?i)https?") || url.getHost() == null
        || (path != null && !path.isEmpty() && !path.equals("/")) || url.getRawQuery() != null) {
      throw new IllegalArgumentException("telegram.api-url must look like https://host[:port], not '" + url + "'");
    }
  }

  @Override
  public String toString() {
    return "TelegramSettings[apiUrl=" + apiUrl + ", webhookUrl=" + (webhookUrl == null ? "none (long polling)"
        : webhookUrl.getScheme() + "://" + webhookUrl.getAuthority() + "/...") + ", webhookListen=" + webhookListen
        + ", admins=" + admins + ", pollTimeout=" + pollTimeout + ", adminCacheTtl=" + adminCacheTtl
        + ", limits=" + limits + "]";
  }
}
