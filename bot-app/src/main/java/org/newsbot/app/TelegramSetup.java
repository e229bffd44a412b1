package org.newsbot.app;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import org.newsbot.Newsbot;
import org.newsbot.telegram.TelegramBot;
import org.newsbot.telegram.TelegramSettings;

/**
 * The Telegram settings: the token from TELEGRAM_BOT_TOKEN, and telegram.api-url,
 * telegram.webhook-url, telegram.webhook-listen, telegram.webhook-secret (TELEGRAM_WEBHOOK_SECRET)
 * and telegram.admins from the configuration.
 */
final class TelegramSetup {
  private TelegramSetup() {}

  static boolean configured(AppConfig config) {
    return config.get("telegram.token") != null;
  }

  static TelegramBot start(AppConfig config, Newsbot newsbot) {
    return TelegramBot.start(settings(config), newsbot.chat(), newsbot.metrics());
  }

  static TelegramSettings settings(AppConfig config) {
    try {
      TelegramSettings settings = TelegramSettings.of(config.get("telegram.token"));
      String apiUrl = config.get("telegram.api-url");
      if (apiUrl != null) {
        settings = settings.withApiUrl(URI.create(apiUrl.strip()));
      }
      String webhookUrl = config.get("telegram.webhook-url");
      if (webhookUrl != null) {
        settings = settings.withWebhook(URI.create(webhookUrl.strip()), listen(config.get("telegram.webhook-listen")),
            config.get("telegram.webhook-secret"));
      }
      return settings.withAdmins(admins(config));
    } catch (IllegalArgumentException e) {
      throw new AppConfig.ConfigException("Telegram: " + e.getMessage());
    }
  }

  private static Set<Long> admins(AppConfig config) {
    Set<Long> ids = new LinkedHashSet<>();
    for (String value : config.list("telegram.admins")) {
      try {
        ids.add(Long.parseLong(value.strip()));
      } catch (NumberFormatException e) {
        throw new AppConfig.ConfigException("telegram.admins holds Telegram user ids (numbers), not '" + value + "'");
      }
    }
    return ids;
  }

  /**
   * {@code PORT} or {@code HOST:PORT}; loopback on 8443 when unset. A port alone is on loopback too:
   * the webhook sits behind an HTTPS proxy on the same machine unless a host says otherwise.
   */
  static InetSocketAddress listen(String value) {
    if (value == null || value.isBlank()) {
      return new InetSocketAddress(InetAddress.getLoopbackAddress(), TelegramSettings.DEFAULT_WEBHOOK_PORT);
    }
    String text = value.strip();
    int colon = text.lastIndexOf(':');
    try {
      if (colon < 0) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(text));
      }
      String host = text.substring(0, colon).replace("[", "").replace("]", "");
      return new InetSocketAddress(host, Integer.parseInt(text.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      throw new AppConfig.ConfigException("telegram.webhook-listen must be PORT or HOST:PORT, not '" + value + "'");
    }
  }
}
