package org.newsbot.telegram;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.newsbot.chat.DeliveryException;
import org.newsbot.chat.Role;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a sender's role: configured admin ids are ADMIN everywhere; a group's creator and
 * administrators (and anonymous admins posting as the group) are MODERATOR there; everyone else is
 * USER. Administrator lists are fetched with getChatAdministrators and reused for a short while.
 */
final class ChatRoles {
  private static final Logger log = LoggerFactory.getLogger(ChatRoles.class);
  /** How long to wait before asking again after the list could not be fetched. */
  private static final long RETRY_AFTER_FAILURE_NANOS = Duration.ofSeconds(15).toNanos();

  private final TelegramApi api;
  private final Set<Long> admins;
  private final long ttlNanos;
  private final LongSupplier clock;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  ChatRoles(TelegramApi api, Set<Long> admins, Duration ttl, LongSupplier nanoClock) {
    this.api = api;
    this.admins = Set.copyOf(admins);
    this.ttlNanos = ttl.toNanos();
    this.clock = nanoClock;
  }

  Role roleOf(Message message) {
    if (!admins.contains(message.getFrom().getId()) && group(message.getChat())
        && message.getSenderChat() != null && message.getSenderChat().getId() != null
        && message.getSenderChat().getId().equals(message.getChatId())) {
      return Role.MODERATOR; // an administrator posting anonymously as the group
    }
    return roleOf(message.getFrom().getId(), message.getChat());
  }

  /** The role of user {@code userId} in {@code chat}, for what they do there besides writing (buttons). */
  Role roleOf(long userId, Chat chat) {
    if (admins.contains(userId)) {
      return Role.ADMIN;
    }
    if (!group(chat)) {
      return Role.USER;
    }
    return administrators(chat.getId().toString()).contains(userId) ? Role.MODERATOR : Role.USER;
  }

  private static boolean group(Chat chat) {
    return "group".equals(chat.getType()) || "supergroup".equals(chat.getType());
  }

  private Set<Long> administrators(String chatId) {
    long now = clock.getAsLong();
    Cached cached = cache.get(chatId);
    if (cached != null && now - cached.expires() < 0) {
      return cached.ids();
    }
    try {
      Set<Long> ids = Set.copyOf(api.administrators(chatId));
      cache.put(chatId, new Cached(ids, now + ttlNanos));
      if (cache.size() > 10_000) {
        cache.values().removeIf(entry -> now - entry.expires() >= 0);
      }
      return ids;
    } catch (DeliveryException e) {
      log.warn("could not fetch the administrators of chat {}; treating the sender as a user: {}", chatId,
          e.getMessage());
      Set<Long> known = cached == null ? Set.of() : cached.ids();
      cache.put(chatId, new Cached(known, now + RETRY_AFTER_FAILURE_NANOS));
      return known;
    }
  }

  private record Cached(Set<Long> ids, long expires) {}
}
