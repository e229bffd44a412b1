package org.newsbot.app;

import java.time.Duration;
import org.newsbot.ingest.SourceSettings;

/**
 * The {@code sources.*} settings: how feeds and pages are fetched and polled.
 * {@code sources.allow-private-addresses} (NEWSBOT_SOURCES_ALLOW_PRIVATE_ADDRESSES) lets sources
 * on loopback and private networks through; it is off unless set.
 */
final class SourceConfig {
  private SourceConfig() {}

  static SourceSettings from(AppConfig config) {
    SourceSettings defaults = SourceSettings.defaults();
    SourceSettings settings = defaults
        .withAllowPrivateAddresses(config.flag("sources.allow-private-addresses", false))
        .withPolling(minutes(config, "sources.poll-interval-minutes", defaults.pollInterval()),
            minutes(config, "sources.max-backoff-minutes", defaults.maxBackoff()), defaults.tick())
        .withTimeouts(seconds(config, "sources.connect-timeout-seconds", defaults.connectTimeout()),
            seconds(config, "sources.read-timeout-seconds", defaults.readTimeout()),
            seconds(config, "sources.fetch-timeout-seconds", defaults.fetchTimeout()))
        .withMaxBodyBytes(number(config, "sources.max-body-mb", defaults.maxBodyBytes() >> 20, 1, 1024) << 20)
        .withConcurrency((int) number(config, "sources.per-host-concurrency", defaults.perHostConcurrency(), 1, 64),
            (int) number(config, "sources.max-concurrent-polls", defaults.maxConcurrentPolls(), 1, 10_000));
    String agent = config.get("sources.user-agent");
    return agent == null || agent.isBlank() ? settings : settings.withUserAgent(agent.strip());
  }

  private static Duration minutes(AppConfig config, String key, Duration fallback) {
    return Duration.ofMinutes(number(config, key, fallback.toMinutes(), 1, 60L * 24 * 30));
  }

  private static Duration seconds(AppConfig config, String key, Duration fallback) {
    return Duration.ofSeconds(number(config, key, fallback.toSeconds(), 1, 3600));
  }

  private static long number(AppConfig config, String key, long fallback, long min, long max) {
    String value = config.get(key);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      long number = Long.parseLong(value.strip());
      if (number < min || number > max) {
        throw new AppConfig.ConfigException(key + " must be between " + min + " and " + max + ", not " + number);
      }
      return number;
    } catch (NumberFormatException e) {
      throw new AppConfig.ConfigException(key + " must be a whole number, not '" + value + "'");
    }
  }
}
