package org.newsbot.ingest;

import java.time.Duration;
import java.util.Objects;
import org.newsbot.ingest.web.FetchLimits;

/**
 * How web sources are fetched and polled. The defaults suit a bot that polls many sources for
 * months unattended; tests shorten the timeouts and allow loopback addresses.
 *
 * @param allowPrivateAddresses fetch from loopback, private and link-local addresses too (off by
 *     default: a moderator must not be able to make the bot read the internal network)
 * @param pollInterval how often a source is polled unless it asks for less (ttl, max-age)
 * @param maxBackoff the longest wait after repeated failures
 * @param connectTimeout the longest wait for a connection
 * @param readTimeout the longest silence while a response is read
 * @param fetchTimeout the longest a single request may take in all
 * @param maxBodyBytes the largest body read, on the wire and again after decompression
 * @param maxRedirects the redirects followed per request
 * @param perHostConcurrency requests in flight to one host at most
 * @param maxConcurrentPolls sources polled at once at most
 * @param maxPagesPerPoll article pages fetched for teasers in one poll of a source at most
 * @param tick how often the scheduler looks for due sources
 * @param userAgent the User-Agent sent with every request
 */
public record SourceSettings(
    boolean allowPrivateAddresses,
    Duration pollInterval,
    Duration maxBackoff,
    Duration connectTimeout,
    Duration readTimeout,
    Duration fetchTimeout,
    long maxBodyBytes,
    int maxRedirects,
    int perHostConcurrency,
    int maxConcurrentPolls,
    int maxPagesPerPoll,
    Duration tick,
    String userAgent) {

  public static final String USER_AGENT =
      "newsbot/0.1 (news question-answering bot; polls each feed at most every few minutes)";

  public SourceSettings {
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(tick, "tick");
    if (pollInterval.isNegative() || pollInterval.isZero() || tick.isNegative() || tick.isZero()) {
      throw new IllegalArgumentException("the poll interval and tick must be positive");
    }
    if (maxConcurrentPolls < 1 || maxPagesPerPoll < 0) {
      throw new IllegalArgumentException("maxConcurrentPolls must be at least 1");
    }
    fetchLimits(allowPrivateAddresses, connectTimeout, readTimeout, fetchTimeout, maxBodyBytes,
        maxRedirects, perHostConcurrency, userAgent);
  }

  public static SourceSettings defaults() {
    return new SourceSettings(false, Duration.ofMinutes(15), Duration.ofHours(6), Duration.ofSeconds(10),
        Duration.ofSeconds(20), Duration.ofSeconds(60), 10L << 20, 5, 2, 32, 100, Duration.ofSeconds(5),
        USER_AGENT);
  }

  public SourceSettings withAllowPrivateAddresses(boolean allow) {
    return new SourceSettings(allow, pollInterval, maxBackoff, connectTimeout, readTimeout, fetchTimeout,
        maxBodyBytes, maxRedirects, perHostConcurrency, maxConcurrentPolls, maxPagesPerPoll, tick, userAgent);
  }

  public SourceSettings withPolling(Duration interval, Duration backoffCap, Duration schedulerTick) {
    return new SourceSettings(allowPrivateAddresses, interval, backoffCap, connectTimeout, readTimeout,
        fetchTimeout, maxBodyBytes, maxRedirects, perHostConcurrency, maxConcurrentPolls, maxPagesPerPoll,
        schedulerTick, userAgent);
  }

  public SourceSettings withTimeouts(Duration connect, Duration read, Duration total) {
    return new SourceSettings(allowPrivateAddresses, pollInterval, maxBackoff, connect, read, total,
        maxBodyBytes, maxRedirects, perHostConcurrency, maxConcurrentPolls, maxPagesPerPoll, tick, userAgent);
  }

  public SourceSettings withMaxBodyBytes(long bytes) {
    return new SourceSettings(allowPrivateAddresses, pollInterval, maxBackoff, connectTimeout, readTimeout,
        fetchTimeout, bytes, maxRedirects, perHostConcurrency, maxConcurrentPolls, maxPagesPerPoll, tick, userAgent);
  }

  public SourceSettings withConcurrency(int perHost, int polls) {
    return new SourceSettings(allowPrivateAddresses, pollInterval, maxBackoff, connectTimeout, readTimeout,
        fetchTimeout, maxBodyBytes, maxRedirects, perHost, polls, maxPagesPerPoll, tick, userAgent);
  }

  public SourceSettings withUserAgent(String agent) {
    return new SourceSettings(allowPrivateAddresses, pollInterval, maxBackoff, connectTimeout, readTimeout,
        fetchTimeout, maxBodyBytes, maxRedirects, perHostConcurrency, maxConcurrentPolls, maxPagesPerPoll,
        tick, agent);
  }

  /** The limits every request obeys. */
  public FetchLimits fetchLimits() {
    return fetchLimits(allowPrivateAddresses, connectTimeout, readTimeout, fetchTimeout, maxBodyBytes,
        maxRedirects, perHostConcurrency, userAgent);
  }

  private static FetchLimits fetchLimits(boolean allowPrivate, Duration connect, Duration read,
      Duration total, long maxBody, int redirects, int perHost, String agent) {
    return new FetchLimits(allowPrivate, connect, read, total, maxBody, redirects, perHost, agent);
  }
}
