package org.newsbot.alerts;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the durations people type: {@code 30m}, {@code 2h}, {@code 1h30m}, {@code 3 days}. */
final class Durations {
  private static final Pattern PART = Pattern.compile(
      "(\\d{1,6})\\s*(days?|d|hours?|hrs?|h|minutes?|mins?|m)(?![a-z])");

  private Durations() {}

  static Duration parse(String text) {
    String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (value.isEmpty()) {
      throw new IllegalArgumentException("Say for how long, as in /mute 2h, /mute 30m or /mute 1d; /mute off ends a mute.");
    }
    Matcher part = PART.matcher(value);
    Duration total = Duration.ZERO;
    int at = 0;
    while (at < value.length()) {
      if (Character.isWhitespace(value.charAt(at))) {
        at++;
        continue;
      }
      if (!part.find(at) || part.start() != at) {
        throw new IllegalArgumentException("'" + text.strip() + "' is not a duration; use minutes, hours or days"
            + " such as 30m, 2h, 1h30m or 1d.");
      }
      long amount = Long.parseLong(part.group(1));
      total = total.plus(switch (part.group(2).charAt(0)) {
        case 'd' -> Duration.ofDays(amount);
        case 'h' -> Duration.ofHours(amount);
        default -> Duration.ofMinutes(amount);
      });
      at = part.end();
    }
    return total;
  }

  /** {@code 1h 30m}, {@code 2d}, {@code 45m}. */
  static String show(Duration duration) {
    long minutes = Math.max(0, (duration.toSeconds() + 59) / 60);
    long days = minutes / (24 * 60);
    long hours = minutes / 60 % 24;
    long rest = minutes % 60;
    StringBuilder out = new StringBuilder();
    if (days > 0) {
      out.append(days).append('d');
    }
    if (hours > 0) {
      out.append(out.isEmpty() ? "" : " ").append(hours).append('h');
    }
    if (rest > 0 || out.isEmpty()) {
      out.append(out.isEmpty() ? "" : " ").append(rest).append('m');
    }
    return out.toString();
  }
}
