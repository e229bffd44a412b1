package org.newsbot.telegram;

import org.newsbot.chat.ChatPlatform;
import org.newsbot.chat.DeliveryException;
import org.newsbot.chat.Reply;

/**
 * Telegram as a {@link ChatPlatform}: posts alerts and digests into a chat unprompted. A 429 becomes
 * RATE_LIMITED with Telegram's retry_after, 403 CHAT_GONE, another 4xx REJECTED (logged with the chat
 * id), and 5xx or network trouble TRANSIENT; retrying is the caller's job.
 */
final class TelegramPlatform implements ChatPlatform {
  static final String NAME = "telegram";

  private final MessageSender sender;

  TelegramPlatform(MessageSender sender) {
    this.sender = sender;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void send(String chatId, Reply reply) throws DeliveryException {
    if (chatId == null || chatId.isBlank()) {
      throw new DeliveryException(DeliveryException.Kind.REJECTED, "no Telegram chat id given");
    }
    sender.send(chatId.strip(), reply, null, null);
  }
}
