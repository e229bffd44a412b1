package org.newsbot.telegram;

import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.newsbot.chat.Caller;
import org.newsbot.chat.ChatMessage;
import org.newsbot.chat.ChatService;
import org.newsbot.chat.Reply;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Handles one update: if the message is for the bot, shows "typing" while the chat service answers,
 * then posts the reply (in groups as a reply to the message). A press of one of the bot's buttons
 * goes to {@link ButtonPresses}.
 */
final class UpdateHandler {
  /** Telegram shows "typing" for five seconds; renew it a little sooner while the answer is slow. */
  private static final long TYPING_RENEWAL_SECONDS = 4;

  private final ChatService chat;
  private final Conversation conversation;
  private final ChatRoles roles;
  private final AnswerDelivery delivery;
  private final ButtonPresses buttons;
  private final TelegramApi api;
  private final ScheduledExecutorService timer;

  UpdateHandler(ChatService chat, Conversation conversation, ChatRoles roles, AnswerDelivery delivery,
      ButtonPresses buttons, TelegramApi api, ScheduledExecutorService timer) {
    this.chat = chat;
    this.conversation = conversation;
    this.roles = roles;
    this.delivery = delivery;
    this.buttons = buttons;
    this.api = api;
    this.timer = timer;
  }

  /** The chat an update belongs to, to keep each chat's updates in order. */
  static String chatKey(Update update) {
    MaybeInaccessibleMessage message = update.getCallbackQuery() != null ? update.getCallbackQuery().getMessage()
        : update.getMessage();
    return message == null || message.getChat() == null || message.getChat().getId() == null ? "-"
        : message.getChat().getId().toString();
  }

  void handle(Update update) {
    if (update.getCallbackQuery() != null) {
      buttons.handle(update.getCallbackQuery());
      return;
    }
    Message message = update.getMessage();
    if (message == null) {
      return;
    }
    Optional<String> text = conversation.textFor(message);
    if (text.isEmpty()) {
      return;
    }
    String chatId = message.getChatId().toString();
    Integer thread = message.isTopicMessage() ? message.getMessageThreadId() : null;
    ScheduledFuture<?> typing = timer.scheduleAtFixedRate(() -> api.typing(chatId, thread), 0,
        TYPING_RENEWAL_SECONDS, TimeUnit.SECONDS);
    Reply reply;
    try {
      Caller caller = Conversation.caller(message.getFrom(), roles.roleOf(message));
      reply = chat.handle(new ChatMessage(chatId, caller, text.get()));
    } finally {
      typing.cancel(false);
    }
    boolean group = !"private".equals(message.getChat().getType());
    delivery.deliver(chatId, reply, group ? message.getMessageId() : null, thread);
  }
}
