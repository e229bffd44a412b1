package org.newsbot.telegram;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Spaces out messages so the bot stays under Telegram's limits: each chat gets at most one message
 * per its interval, and all chats together at most one per the overall interval. Callers reserve a
 * slot and wait for it; reservations are handed out in call order.
 */
final class SendThrottle {
  /** Sleeps for a number of nanoseconds; replaced in tests. */
  interface Sleeper {
    void sleep(long nanos) throws InterruptedException;
  }

  private final long perChat;
  private final long perGroup;
  private final long overall;
  private final LongSupplier clock;
  private final Sleeper sleeper;
  private final Map<String, Long> nextForChat = new HashMap<>();
  private long nextOverall = Long.MIN_VALUE;

  SendThrottle(SendLimits limits, LongSupplier nanoClock, Sleeper sleeper) {
    this.perChat = limits.perChat().toNanos();
    this.perGroup = limits.perGroup().toNanos();
    this.overall = limits.overall().toNanos();
    this.clock = nanoClock;
    this.sleeper = sleeper;
  }

  SendThrottle(SendLimits limits) {
    this(limits, System::nanoTime, nanos -> java.util.concurrent.TimeUnit.NANOSECONDS.sleep(nanos));
  }

  /** Waits until {@code chatId} may get its next message. */
  void acquire(String chatId) throws InterruptedException {
    long wait = reserve(chatId);
    if (wait > 0) {
      sleeper.sleep(wait);
    }
  }

  /** Books the next free slot for {@code chatId}; returns how long until it starts. */
  synchronized long reserve(String chatId) {
    long now = clock.getAsLong();
    if (nextForChat.size() > 10_000) {
      nextForChat.values().removeIf(next -> next - now <= 0);
    }
    long slot = now;
    if (nextOverall != Long.MIN_VALUE && nextOverall - slot > 0) {
      slot = nextOverall;
    }
    Long chatNext = nextForChat.get(chatId);
    if (chatNext != null && chatNext - slot > 0) {
      slot = chatNext;
    }
    nextOverall = slot + overall;
    nextForChat.put(chatId, slot + (isGroup(chatId) ? perGroup : perChat));
    return slot - now;
  }

  /** Group and channel ids are negative; users' private chats have positive ids. */
  static boolean isGroup(String chatId) {
    return chatId.startsWith("-") || chatId.startsWith("@");
  }
}
