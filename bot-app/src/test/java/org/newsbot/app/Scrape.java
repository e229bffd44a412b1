package org.newsbot.app;

/** Reads one series' value out of a Prometheus text scrape. */
final class Scrape {
  private Scrape() {}

  /**
   * The value of {@code series}, a metric name with its labels exactly as printed ({@code
   * name{a="x",b="y"}}); fails when the scrape lacks it.
   */
  static double value(String scrape, String series) {
    for (String line : scrape.split("\n")) {
      if (line.startsWith(series + " ")) {
        return Double.parseDouble(line.substring(series.length() + 1).strip().split(" ")[0]);
      }
    }
    throw new AssertionError("no series " + series + " in the scrape:\n" + scrape);
  }
}
