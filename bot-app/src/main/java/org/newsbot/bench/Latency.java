package org.newsbot.bench;

import java.util.Arrays;

/** Timings of repeated calls, in nanoseconds, read as percentiles. */
public final class Latency {
  private final long[] sorted;

  Latency(long[] nanos) {
    this.sorted = nanos.clone();
    Arrays.sort(sorted);
  }

  public int count() {
    return sorted.length;
  }

  /** The nearest-rank percentile in milliseconds; {@code p} in (0, 100]. */
  public double percentileMillis(double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
  }

  public double meanMillis() {
    return sorted.length == 0 ? Double.NaN : Arrays.stream(sorted).average().orElse(0) / 1e6;
  }

  public double maxMillis() {
    return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
  }
}
