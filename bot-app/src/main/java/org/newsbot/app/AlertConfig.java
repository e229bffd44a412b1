package org.newsbot.app;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import org.newsbot.alerts.AlertSettings;

/**
 * The {@code alerts.*} settings: limits on subscriptions, the platforms' pace, and the time zone
 * of digest times ({@code alerts.time-zone}, e.g. Europe/Berlin; UTC unless set).
 */
final class AlertConfig {
  private AlertConfig() {}

  static AlertSettings from(AppConfig config) {
    AlertSettings defaults = AlertSettings.defaults();
    return defaults
        .withLimits(number(config, "alerts.max-subscriptions-per-chat", defaults.maxSubscriptionsPerChat(), 1, 10_000),
            number(config, "alerts.max-query-length", defaults.maxQueryLength(), 10, 1000),
            number(config, "alerts.max-query-terms", defaults.maxQueryTerms(), 1, 100))
        .withRates(number(config, "alerts.per-chat-per-minute", defaults.perChatPerMinute(), 0, 10_000),
            number(config, "alerts.per-second", defaults.perPlatformPerSecond(), 0, 10_000))
        .withRetries(defaults.retryBase(), defaults.retryMax(), defaults.claimTimeout(),
            Duration.ofMinutes(number(config, "alerts.parked-retry-minutes", (int) defaults.parkedRetry().toMinutes(),
                1, 60 * 24 * 7)))
        .withDelivery(number(config, "alerts.senders", defaults.senders(), 1, 64), zone(config, defaults.zone()),
            number(config, "alerts.digest-stories", defaults.digestStories(), 1, 100));
  }

  private static ZoneId zone(AppConfig config, ZoneId fallback) {
    String value = config.get("alerts.time-zone");
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return ZoneId.of(value.strip());
    } catch (DateTimeException e) {
      throw new AppConfig.ConfigException("alerts.time-zone must be a time zone such as UTC or Europe/Berlin, not '"
          + value + "'");
    }
  }

  private static int number(AppConfig config, String key, int fallback, int min, int max) {
    String value = config.get(key);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number < min || number > max) {
        throw new AppConfig.ConfigException(key + " must be between " + min + " and " + max + ", not " + number);
      }
      return number;
    } catch (NumberFormatException e) {
      throw new AppConfig.ConfigException(key + " must be a whole number, not '" + value + "'");
    }
  }
}
