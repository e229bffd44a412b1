package org.newsbot.store;

import java.time.Duration;
import java.time.Instant;

/**
 * How a web source is being polled. {@code interval} is null for the default; the times are null
 * until something happened; {@code failures} counts the failed polls since the last success.
 */
public record PollState(
    long sourceId,
    Duration interval,
    String etag,
    String lastModified,
    String format,
    String title,
    Instant lastAttempt,
    Instant lastSuccess,
    String lastError,
    Instant lastErrorAt,
    Instant nextAttempt,
    int failures) {}
