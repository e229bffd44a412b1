package org.newsbot.telegram;

import java.time.Duration;
import java.util.Objects;

/**
 * How fast the bot posts: the least time between two messages in one private chat, in one group,
 * and between any two messages. Telegram asks for about one message a second per chat, twenty a
 * minute per group and thirty a second overall; beyond that it answers 429.
 */
public record SendLimits(Duration perChat, Duration perGroup, Duration overall) {
  public static final SendLimits TELEGRAM = new SendLimits(Duration.ofSeconds(1), Duration.ofSeconds(3),
      Duration.ofMillis(34));
  /** No spacing at all; for tests against a local server. */
  public static final SendLimits NONE = new SendLimits(Duration.ZERO, Duration.ZERO, Duration.ZERO);

  public SendLimits {
    Objects.requireNonNull(perChat, "perChat");
    Objects.requireNonNull(perGroup, "perGroup");
    Objects.requireNonNull(overall, "overall");
    if (perChat.isNegative() || perGroup.isNegative() || overall.isNegative()) {
      throw new IllegalArgumentException("send limits cannot be negative");
    }
  }
}
