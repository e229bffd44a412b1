package org.newsbot.chat;

import java.time.Duration;
import java.util.Objects;

/** A platform did not take a message; {@link #kind()} says what the sender should do. */
public final class DeliveryException extends Exception {
  /** What went wrong, from the sender's point of view. */
  public enum Kind {
    /** Too many messages: try again after {@link #retryAfter()}. */
    RATE_LIMITED,
    /** A passing fault (network, 5xx): try again later with backoff. */
    TRANSIENT,
    /** The chat is gone for the bot (blocked, kicked, no permission): park it until it returns. */
    CHAT_GONE,
    /** The platform refused this message itself (malformed, too long): retrying will not help. */
    REJECTED
  }

  private final Kind kind;
  private final Duration retryAfter;

  public DeliveryException(Kind kind, String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.retryAfter = retryAfter == null ? Duration.ZERO : retryAfter;
  }

  public DeliveryException(Kind kind, String message) {
    this(kind, message, null, null);
  }

  public Kind kind() {
    return kind;
  }

  /** How long the platform asked to wait; zero when it did not say. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
