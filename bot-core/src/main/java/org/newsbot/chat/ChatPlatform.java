package org.newsbot.chat;

/**
 * A chat platform as the core sees it: a name and a way to post a reply into one of its chats
 * unprompted (alerts, digests). Adapters implement it; replies to messages go back the way the
 * message came.
 */
public interface ChatPlatform {
  /** The platform's name, as in {@link Caller#platform()}: "telegram", "discord", "console". */
  String name();

  /**
   * Posts {@code reply} into {@code chatId}; returns normally only when the platform accepted it.
   *
   * @throws DeliveryException saying whether to retry, when, or to stop posting to that chat
   */
  void send(String chatId, Reply reply) throws DeliveryException;

  /**
   * Posts {@code reply} under an idempotency key that names this message for good: a retry of the
   * same alert carries the same key, so a platform that can drop repeats (a nonce) should use it.
   * The default ignores the key.
   */
  default void send(String chatId, Reply reply, String idempotencyKey) throws DeliveryException {
    send(chatId, reply);
  }
}
