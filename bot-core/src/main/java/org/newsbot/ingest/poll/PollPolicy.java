package org.newsbot.ingest.poll;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to poll a source next. After a success: the interval, or longer when the feed's ttl or the
 * response's max-age asks for it (within a day), plus a little jitter so sources added together
 * spread out. After a failure: the interval doubled per failure in a row up to a cap, or longer
 * when the server sent Retry-After (within a week). A failing source is never given up.
 */
final class PollPolicy {
  static final Duration MAX_HONOURED_CACHE = Duration.ofDays(1);
  static final Duration MAX_HONOURED_RETRY_AFTER = org.newsbot.ingest.web.FetchException.LONGEST_RETRY_AFTER;

  private PollPolicy() {}

  static Instant afterSuccess(Instant now, Duration interval, Duration maxAge, Duration ttl) {
    Duration wait = interval;
    Duration cap = max(interval, MAX_HONOURED_CACHE);
    if (maxAge != null && maxAge.compareTo(wait) > 0) {
      wait = min(maxAge, cap);
    }
    if (ttl != null && ttl.compareTo(wait) > 0) {
      wait = min(ttl, cap);
    }
    long jitter = wait.toMillis() / 20;
    return now.plus(wait).plusMillis(jitter > 0 ? ThreadLocalRandom.current().nextLong(jitter + 1) : 0);
  }

  static Instant afterFailure(Instant now, Duration interval, int failuresInRow, Duration retryAfter,
      Duration maxBackoff) {
    Duration cap = max(maxBackoff, interval);
    int doublings = Math.max(0, Math.min(failuresInRow - 1, 20));
    Duration wait = interval.multipliedBy(1L << doublings);
    if (wait.compareTo(cap) > 0) {
      wait = cap;
    }
    if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
      wait = min(retryAfter, MAX_HONOURED_RETRY_AFTER);
    }
    return now.plus(wait);
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
