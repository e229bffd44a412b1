package org.newsbot.alerts;

import java.util.HashMap;
import java.util.Map;

/**
 * The pace the platforms allow: a token bucket per chat (messages per minute, in short bursts)
 * and one per platform (messages per second overall). Zero turns a limit off. A platform's
 * explicit "retry after" is kept on the message itself, in the outbox.
 */
final class RateLimits {
  private static final int CHAT_BURST = 3;
  private static final int MAX_IDLE_CHATS = 10_000;

  private final double chatPerSecond;
  private final double platformPerSecond;
  private final Map<String, Bucket> chats = new HashMap<>();
  private final Map<String, Bucket> platforms = new HashMap<>();

  RateLimits(int perChatPerMinute, int perPlatformPerSecond) {
    this.chatPerSecond = perChatPerMinute / 60.0;
    this.platformPerSecond = perPlatformPerSecond;
  }

  /** How many messages may go to a chat now, and when the next may go if none may. */
  record Grant(int messages, long waitNanos) {}

  /** Takes slots for up to {@code wanted} messages to the chat now. */
  synchronized Grant reserve(String platform, String chatId, int wanted, long now) {
    Bucket chat = chatPerSecond <= 0 ? null
        : chats.computeIfAbsent(platform + "\u0000" + chatId, key -> new Bucket(chatPerSecond, CHAT_BURST, now));
    Bucket overall = platformPerSecond <= 0 ? null
        : platforms.computeIfAbsent(platform, key -> new Bucket(platformPerSecond,
            Math.max(1, (int) platformPerSecond), now));
    int granted = 0;
    long wait = 0;
    while (granted < wanted) {
      wait = Math.max(chat == null ? 0 : chat.waitFor(now), overall == null ? 0 : overall.waitFor(now));
      if (wait > 0) {
        break;
      }
      if (chat != null) {
        chat.take();
      }
      if (overall != null) {
        overall.take();
      }
      granted++;
    }
    if (chats.size() > MAX_IDLE_CHATS) {
      chats.values().removeIf(bucket -> bucket.full(now));
    }
    return new Grant(granted, granted > 0 ? 0 : wait);
  }

  private static final class Bucket {
    private final double perNano;
    private final int capacity;
    private double tokens;
    private long last;

    Bucket(double perSecond, int capacity, long now) {
      this.perNano = perSecond / 1e9;
      this.capacity = capacity;
      this.tokens = capacity;
      this.last = now;
    }

    long waitFor(long now) {
      tokens = Math.min(capacity, tokens + (now - last) * perNano);
      last = now;
      return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano);
    }

    void take() {
      tokens -= 1;
    }

    boolean full(long now) {
      return tokens + (now - last) * perNano >= capacity;
    }
  }
}
