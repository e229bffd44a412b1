package org.newsbot.ingest.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How far a fetch may go: whether private addresses are reachable, the timeouts, the largest body
 * (on the wire and decompressed alike), the redirects followed, and the requests at once per host.
 */
public record FetchLimits(
    boolean allowPrivateAddresses,
    Duration connectTimeout,
    Duration readTimeout,
    Duration totalTimeout,
    long maxBodyBytes,
    int maxRedirects,
    int perHostConcurrency,
    String userAgent) {

  public FetchLimits {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(totalTimeout, "totalTimeout");
    Objects.requireNonNull(userAgent, "userAgent");
    if (maxBodyBytes < 1 || maxRedirects < 0 || perHostConcurrency < 1) {
      throw new IllegalArgumentException("fetch limits must be positive");
    }
  }
}
