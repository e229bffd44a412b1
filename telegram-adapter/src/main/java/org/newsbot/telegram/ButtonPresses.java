package org.newsbot.telegram;

import java.util.Optional;
import org.newsbot.chat.Caller;
import org.newsbot.chat.ChatMessage;
import org.newsbot.chat.ChatService;
import org.newsbot.chat.DeliveryException;
import org.newsbot.chat.PlainTextRenderer;
import org.newsbot.chat.Reply;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles presses of the bot's inline buttons. The command a button carries runs through the chat
 * service as the user who pressed it, with that user's role in that chat, as if they had typed it.
 * Every press is answered. A refusal or an error short enough is shown to the presser alone, so a
 * button pressed by someone who may not use it does not bother the whole group; any other reply is
 * posted to the chat, in a group as a reply to the message that had the button.
 */
final class ButtonPresses {
  private static final Logger log = LoggerFactory.getLogger(ButtonPresses.class);
  /** Telegram's limit on the text of an answer to a button press. */
  static final int ANSWER_LIMIT = 200;

  private final ChatService chat;
  private final CallbackData data;
  private final ChatRoles roles;
  private final TelegramApi api;
  private final AnswerDelivery delivery;

  ButtonPresses(ChatService chat, CallbackData data, ChatRoles roles, TelegramApi api, AnswerDelivery delivery) {
    this.chat = chat;
    this.data = data;
    this.roles = roles;
    this.api = api;
    this.delivery = delivery;
  }

  void handle(CallbackQuery query) {
    MaybeInaccessibleMessage message = query.getMessage();
    User from = query.getFrom();
    if (message == null || message.getChat() == null || message.getChat().getId() == null || from == null
        || from.getId() == null) {
      answer(query, null); // a button under an inline-mode message, which this bot never sends
      return;
    }
    String chatId = message.getChatId().toString();
    Optional<String> command = data.command(query.getData());
    if (command.isEmpty()) {
      log.info("chat {}: a button press by {} carried no command of this bot", chatId, from.getId());
      answer(query, "This button does not work any more.");
      return;
    }
    Caller caller = Conversation.caller(from, roles.roleOf(from.getId(), message.getChat()));
    Reply reply = chat.handle(new ChatMessage(chatId, caller, command.get()));
    String privately = privateText(reply);
    answer(query, privately);
    if (privately != null) {
      return;
    }
    boolean group = !"private".equals(message.getChat().getType());
    Integer thread = message instanceof Message full && full.isTopicMessage() ? full.getMessageThreadId() : null;
    delivery.deliver(chatId, reply, group ? message.getMessageId() : null, thread);
  }

  /** The text of a refusal or an error that fits an answer to a press; null for anything else. */
  static String privateText(Reply reply) {
    if (reply.kind() != Reply.Kind.REFUSAL && reply.kind() != Reply.Kind.ERROR) {
      return null;
    }
    String text = PlainTextRenderer.render(reply).strip();
    return text.isEmpty() || text.length() > ANSWER_LIMIT ? null : text;
  }

  private void answer(CallbackQuery query, String text) {
    try {
      api.answerCallback(query.getId(), text);
    } catch (DeliveryException e) {
      // the client stops waiting by itself after a while; the reply, if any, still goes out
      log.warn("could not answer a button press ({}): {}", e.kind(), e.getMessage());
    }
  }
}
