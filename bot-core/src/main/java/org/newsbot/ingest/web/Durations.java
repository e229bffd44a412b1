package org.newsbot.ingest.web;

import java.time.Duration;

/** Durations and sizes in the words messages use. */
public final class Durations {
  private Durations() {}

  public static String describe(Duration duration) {
    return describeMillis(duration.toMillis());
  }

  static String describeMillis(long millis) {
    if (millis < 1000) {
      return millis + " ms";
    }
    if (millis < 120_000) {
      double seconds = millis / 1000.0;
      return (seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.format("%.1f", seconds))
          + " s";
    }
    long minutes = Math.round(millis / 60_000.0);
    if (minutes < 120) {
      return minutes + " min";
    }
    if (millis < 48 * 3_600_000L) {
      return String.format("%.1f h", millis / 3_600_000.0);
    }
    long days = Math.round(millis / 86_400_000.0);
    return days + " days";
  }

  public static String bytes(long bytes) {
    if (bytes >= 1L << 20) {
      double mb = bytes / (double) (1L << 20);
      return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format("%.1f", mb)) + " MB";
    }
    if (bytes >= 1024) {
      return (bytes / 1024) + " KB";
    }
    return bytes + " bytes";
  }
}
