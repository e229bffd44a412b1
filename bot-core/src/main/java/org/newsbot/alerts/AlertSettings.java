package org.newsbot.alerts;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How alerts behave: the limits on subscriptions, how matching follows the article log, and how
 * the dispatcher paces, retries and parks.
 *
 * @param maxSubscriptionsPerChat subscriptions one chat may have
 * @param maxQueryLength characters in one query
 * @param maxQueryTerms words and phrases in one query
 * @param matchInterval how often the log is checked for new articles
 * @param matchBatch changes matched in one transaction
 * @param gapTimeout how long a missing change log number is waited for before it is given up
 * @param perChatPerMinute messages to one chat per minute (0: no limit)
 * @param perPlatformPerSecond messages to one platform per second, all chats together (0: no limit)
 * @param retryBase the first wait after a failed send; it doubles with each failure
 * @param retryMax the longest wait between attempts
 * @param claimTimeout how long a send may take before another sender may take the message over
 * @param parkedRetry how often a chat the platform reported gone is tried again
 * @param senders messages sent at once (to different chats)
 * @param zone the time zone of daily digest times and of times shown to users
 * @param digestStories stories listed in one digest; the rest are counted
 */
public record AlertSettings(int maxSubscriptionsPerChat, int maxQueryLength, int maxQueryTerms,
    Duration matchInterval, int matchBatch, Duration gapTimeout, int perChatPerMinute, int perPlatformPerSecond,
    Duration retryBase, Duration retryMax, Duration claimTimeout, Duration parkedRetry, int senders, ZoneId zone,
    int digestStories) {

  /** Mutes longer than this are surely a mistake; unsubscribing is the way to stop for good. */
  public static final Duration MAX_MUTE = Duration.ofDays(30);

  public AlertSettings {
    if (maxSubscriptionsPerChat < 1 || maxQueryLength < 1 || maxQueryTerms < 1 || matchBatch < 1 || senders < 1
        || digestStories < 1) {
      throw new IllegalArgumentException("alert limits, batch, senders and digest size must be at least 1");
    }
    if (perChatPerMinute < 0 || perPlatformPerSecond < 0) {
      throw new IllegalArgumentException("alert rate limits must be 0 (none) or more");
    }
  }

  public static AlertSettings defaults() {
    return new AlertSettings(20, 200, 12, Duration.ofSeconds(2), 200, Duration.ofMinutes(10), 20, 25,
        Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofMinutes(2), Duration.ofHours(1), 4,
        ZoneOffset.UTC, 20);
  }

  public AlertSettings withLimits(int maxSubscriptionsPerChat, int maxQueryLength, int maxQueryTerms) {
    return new AlertSettings(maxSubscriptionsPerChat, maxQueryLength, maxQueryTerms, matchInterval, matchBatch,
        gapTimeout, perChatPerMinute, perPlatformPerSecond, retryBase, retryMax, claimTimeout, parkedRetry, senders,
        zone, digestStories);
  }

  public AlertSettings withMatching(Duration matchInterval, int matchBatch, Duration gapTimeout) {
    return new AlertSettings(maxSubscriptionsPerChat, maxQueryLength, maxQueryTerms, matchInterval, matchBatch,
        gapTimeout, perChatPerMinute, perPlatformPerSecond, retryBase, retryMax, claimTimeout, parkedRetry, senders,
        zone, digestStories);
  }

  public AlertSettings withRates(int perChatPerMinute, int perPlatformPerSecond) {
    return new AlertSettings(maxSubscriptionsPerChat, maxQueryLength, maxQueryTerms, matchInterval, matchBatch,
        gapTimeout, perChatPerMinute, perPlatformPerSecond, retryBase, retryMax, claimTimeout, parkedRetry, senders,
        zone, digestStories);
  }

  public AlertSettings withRetries(Duration retryBase, Duration retryMax, Duration claimTimeout, Duration parkedRetry) {
    return new AlertSettings(maxSubscriptionsPerChat, maxQueryLength, maxQueryTerms, matchInterval, matchBatch,
        gapTimeout, perChatPerMinute, perPlatformPerSecond, retryBase, retryMax, claimTimeout, parkedRetry, senders,
        zone, digestStories);
  }

  public AlertSettings withDelivery(int senders, ZoneId zone, int digestStories) {
    return new AlertSettings(maxSubscriptionsPerChat, maxQueryLength, maxQueryTerms, matchInterval, matchBatch,
        gapTimeout, perChatPerMinute, perPlatformPerSecond, retryBase, retryMax, claimTimeout, parkedRetry, senders,
        zone, digestStories);
  }
}
