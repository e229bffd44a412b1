package org.newsbot.telegram;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.newsbot.chat.Caller;
import org.newsbot.chat.ChatMessage;
import org.newsbot.chat.ChatService;
import org.newsbot.chat.DeliveryException;
import org.newsbot.chat.Reply;
import org.newsbot.ops.Metrics;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles one update: if the message is for the bot, shows "typing" while the chat service answers,
 * then posts the reply (in groups as a reply to the message). A rate limit or a passing fault is
 * retried a few times, as there is no outbox behind a conversation.
 */
final class UpdateHandler {
  private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);
  private static final int ATTEMPTS = 4;
  private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);
  /** Telegram shows "typing" for five seconds; renew it a little sooner while the answer is slow. */
  private static final long TYPING_RENEWAL_SECONDS = 4;

  private final ChatService chat;
  private final Conversation conversation;
  private final ChatRoles roles;
  private final MessageSender sender;
  private final TelegramApi api;
  private final ScheduledExecutorService timer;
  private final Metrics metrics;

  UpdateHandler(ChatService chat, Conversation conversation, ChatRoles roles, MessageSender sender,
      TelegramApi api, ScheduledExecutorService timer, Metrics metrics) {
    this.metrics = metrics;
    this.chat = chat;
    this.conversation = conversation;
    this.roles = roles;
    this.sender = sender;
    this.api = api;
    this.timer = timer;
  }

  /** The chat an update belongs to, to keep each chat's updates in order. */
  static String chatKey(Update update) {
    Message message = update.getMessage();
    return message == null || message.getChatId() == null ? "-" : message.getChatId().toString();
  }

  void handle(Update update) {
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
      Caller caller = new Caller(TelegramPlatform.NAME, message.getFrom().getId().toString(),
          Conversation.displayName(message.getFrom()), roles.roleOf(message));
      reply = chat.handle(new ChatMessage(chatId, caller, text.get()));
    } finally {
      typing.cancel(false);
    }
    boolean group = !"private".equals(message.getChat().getType());
    deliver(chatId, reply, group ? message.getMessageId() : null, thread);
  }

  private void deliver(String chatId, Reply reply, Integer replyTo, Integer thread) {
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
