package org.newsbot.ingest.web;

import java.time.Duration;

/** A fetch that failed or was refused; the message says why in words a moderator understands. */
public final class FetchException extends Exception {
  /** Why a fetch failed. */
  public enum Reason {
    BAD_URL, REFUSED_ADDRESS, UNKNOWN_HOST, CONNECT_FAILED, TLS, TIMEOUT, TOO_LARGE, BAD_RESPONSE,
    REDIRECT_LOOP, TOO_MANY_REDIRECTS, HTTP_ERROR, RATE_LIMITED
  }

  private final Reason reason;
  private final int status;
  /** The longest Retry-After honoured: a server asking for more is tried again after this. */
  public static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(7);

  private final Duration retryAfter;

  public FetchException(Reason reason, String message) {
    this(reason, message, 0, null);
  }

  public FetchException(Reason reason, String message, int status, Duration retryAfter) {
    super(message);
    this.reason = reason;
    this.status = status;
    this.retryAfter = retryAfter;
  }

  public Reason reason() {
    return reason;
  }

  /** The HTTP status that failed, 0 when the failure came before one. */
  public int status() {
    return status;
  }

  /** How long the server asked us to wait (429 and 503 with Retry-After), else null. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
