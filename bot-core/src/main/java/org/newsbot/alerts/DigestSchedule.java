package org.newsbot.alerts;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** When a chat gets its alerts: at once ({@code off}), once an hour, or once a day at a time. */
record DigestSchedule(Kind kind, LocalTime at) {
  enum Kind { OFF, HOURLY, DAILY }

  static final DigestSchedule OFF = new DigestSchedule(Kind.OFF, null);
  private static final Pattern DAILY = Pattern.compile("daily\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})");

  /** Reads {@code off}, {@code hourly} or {@code daily HH:MM}. */
  static DigestSchedule parse(String text) {
    String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    switch (value) {
      case "off", "none", "instant" -> {
        return OFF;
      }
      case "hourly" -> {
        return new DigestSchedule(Kind.HOURLY, null);
      }
      default -> {
        Matcher daily = DAILY.matcher(value);
        if (daily.matches()) {
          try {
            return new DigestSchedule(Kind.DAILY, LocalTime.of(Integer.parseInt(daily.group(1)),
                Integer.parseInt(daily.group(2))));
          } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a time of day; use 24-hour HH:MM, as in daily 08:30.");
          }
        }
        if (value.equals("daily")) {
          throw new IllegalArgumentException("Say when: /digest daily HH:MM, as in /digest daily 08:30.");
        }
        throw new IllegalArgumentException("Use /digest off, /digest hourly or /digest daily HH:MM.");
      }
    }
  }

  /** Reads a stored schedule. */
  static DigestSchedule stored(String value) {
    try {
      return value == null ? OFF : parse(value);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return OFF;
    }
  }

  boolean off() {
    return kind == Kind.OFF;
  }

  /** The next digest time strictly after {@code now}. */
  Instant next(Instant now, ZoneId zone) {
    ZonedDateTime time = now.atZone(zone);
    return switch (kind) {
      case OFF -> null;
      case HOURLY -> time.truncatedTo(ChronoUnit.HOURS).plusHours(1).toInstant();
      case DAILY -> {
        ZonedDateTime today = time.toLocalDate().atTime(at).atZone(zone);
        yield (today.isAfter(time) ? today : today.plusDays(1)).toInstant();
      }
    };
  }

  /** As stored and as shown: {@code off}, {@code hourly}, {@code daily 08:30}. */
  String text() {
    return switch (kind) {
      case OFF -> "off";
      case HOURLY -> "hourly";
      case DAILY -> "daily " + at;
    };
  }
}
