package org.newsbot.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Whether a publication date can be true: not before 1900 and not more than two days ahead (a
 * time zone or a scheduled post may put an honest date a little in the future). Anything else
 * (9999-12-31, year 99999, a negative year) is a placeholder or a mistake, stored as unknown.
 */
public final class PublicationDates {
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  static final Duration AHEAD = Duration.ofDays(2);

  private PublicationDates() {}

  /** Why the date cannot be a publication date, or null when it can. */
  public static String implausible(Instant date, Clock clock) {
    if (date == null) {
      return null;
    }
    if (date.isBefore(EARLIEST.atStartOfDay().toInstant(ZoneOffset.UTC))) {
      return "before 1900";
    }
    if (date.isAfter(clock.instant().plus(AHEAD))) {
      return "more than two days in the future";
    }
    return null;
  }

  /** The same for a date without a time: the day must have begun somewhere by now plus two days. */
  public static String implausible(LocalDate date, Clock clock) {
    return date == null ? null : implausible(date.atStartOfDay().toInstant(ZoneOffset.UTC), clock);
  }
}
