package org.newsbot.telegram;

import java.time.Duration;
import org.newsbot.chat.DeliveryException;
import org.newsbot.chat.Reply;
import org.newsbot.ops.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the answer to something a user did (a message, a button press). A rate limit or a passing
 * fault is retried a few times, as there is no outbox behind a conversation; anything else is
 * logged and given up.
 */
final class AnswerDelivery {
  private static final Logger log = LoggerFactory.getLogger(AnswerDelivery.class);
  private static final int ATTEMPTS = 4;
  private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

  private final MessageSender sender;
  private final Metrics metrics;

  AnswerDelivery(MessageSender sender, Metrics metrics) {
    this.sender = sender;
    this.metrics = metrics;
  }

  void deliver(String chatId, Reply reply, Integer replyTo, Integer thread) {
    for (int attempt = 1; ; attempt++) {
      try {
        sender.send(chatId, reply, replyTo, thread);
        return;
      } catch (DeliveryException e) {
        boolean again = e.kind() == DeliveryException.Kind.RATE_LIMITED
            || e.kind() == DeliveryException.Kind.TRANSIENT;
        if (!again || attempt >= ATTEMPTS) {
          log.warn("could not answer in chat {} ({}): {}", chatId, e.kind(), e.getMessage());
          return;
        }
        Duration wait = min(e.kind() == DeliveryException.Kind.RATE_LIMITED
            ? max(e.retryAfter(), Duration.ofSeconds(1)) : Duration.ofSeconds(attempt), LONGEST_WAIT);
        if (e.kind() == DeliveryException.Kind.RATE_LIMITED) {
          metrics.rateLimitWaited(TelegramPlatform.NAME, wait);
        }
        try {
          Thread.sleep(wait.toMillis());
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
