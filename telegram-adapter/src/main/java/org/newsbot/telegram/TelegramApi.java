package org.newsbot.telegram;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsbot.chat.DeliveryException;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatAdministrators;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The Bot API calls the adapter makes, with failures turned into {@link DeliveryException}s. */
final class TelegramApi {
  /** The updates the bot asks for: messages, and presses of its inline buttons. */
  static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");

  private final TelegramClient client;
  private final BotToken token;

  TelegramApi(TelegramClient client, BotToken token) {
    this.client = client;
    this.token = token;
  }

  static TelegramApi create(okhttp3.OkHttpClient http, BotToken token,
      org.telegram.telegrambots.meta.TelegramUrl url) {
    return new TelegramApi(new OkHttpTelegramClient(http, BotToken.PLACEHOLDER, url), token);
  }

  BotToken token() {
    return token;
  }

  BotIdentity me() throws DeliveryException {
    User me = call(null, GetMe.builder().build());
    return new BotIdentity(me.getId(), me.getUserName() == null ? "" : me.getUserName());
  }

  /** Posts one HTML message; {@code keyboard}, when not null, puts inline buttons under it. */
  void sendHtml(String chatId, String html, Integer replyTo, Integer threadId, InlineKeyboardMarkup keyboard)
      throws DeliveryException {
    SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder().chatId(chatId).text(html)
        .parseMode(ParseMode.HTML).linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
        .replyMarkup(keyboard);
    if (replyTo != null) {
      message.replyParameters(ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true).build());
    }
    if (threadId != null) {
      message.messageThreadId(threadId);
    }
    call(chatId, message.build());
  }

  /**
   * Answers a button press, which stops the client's progress indicator; {@code text}, when not
   * null, is shown to the user who pressed it alone, as an alert they dismiss.
   */
  void answerCallback(String callbackId, String text) throws DeliveryException {
    AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> answer = AnswerCallbackQuery.builder()
        .callbackQueryId(callbackId);
    if (text != null) {
      answer.text(text).showAlert(true);
    }
    call(null, answer.build());
  }

  /** Shows "typing..." in the chat; fire and forget, as a missing indicator harms nothing. */
  void typing(String chatId, Integer threadId) {
    try {
      client.executeAsync(SendChatAction.builder().chatId(chatId).action(ActionType.TYPING.toString())
          .messageThreadId(threadId).build());
    } catch (TelegramApiException | RuntimeException e) {
      // ignored on purpose: see above
    }
  }

  /** The user ids of the chat's creator and administrators. */
  Set<Long> administrators(String chatId) throws DeliveryException {
    List<ChatMember> members = call(chatId, GetChatAdministrators.builder().chatId(chatId).build());
    Set<Long> ids = new HashSet<>();
    for (ChatMember member : members) {
      if (member.getUser() != null) {
        ids.add(member.getUser().getId());
      }
    }
    return ids;
  }

  void setCommands(List<BotCommand> commands) throws DeliveryException {
    call(null, SetMyCommands.builder().commands(new ArrayList<>(commands)).build());
  }

  void setWebhook(String url, String secret) throws DeliveryException {
    SetWebhook webhook = SetWebhook.builder().url(url).secretToken(secret).allowedUpdates(ALLOWED_UPDATES)
        .build();
    try {
      client.execute(webhook);
    } catch (TelegramApiException e) {
      throw DeliveryFailures.classify(webhook.getMethod(), null, e, token);
    }
  }

  private <T extends Serializable> T call(String chatId, BotApiMethod<T> method) throws DeliveryException {
    try {
      return client.execute(method);
    } catch (TelegramApiException e) {
      throw DeliveryFailures.classify(method.getMethod(), chatId, e, token);
    }
  }
}
