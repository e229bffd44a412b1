package org.newsbot.telegram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsbot.chat.DeliveryException;
import org.newsbot.chat.Reply;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a reply as one or more HTML messages, spaced by the throttle, with its inline buttons under
 * the last. When a reply of several messages fails part-way, the parts already delivered are
 * remembered, so sending the same reply to the same chat again resumes after them instead of
 * repeating them.
 */
final class MessageSender {
  private static final Logger log = LoggerFactory.getLogger(MessageSender.class);
  private static final int REMEMBERED = 512;

  private final TelegramApi api;
  private final SendThrottle throttle;
  private final MessageSplitter splitter;
  private final Map<Progress, Integer> partsSent = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Progress, Integer> eldest) {
      return size() > REMEMBERED;
    }
  };

  MessageSender(TelegramApi api, SendThrottle throttle, MessageSplitter splitter) {
    this.api = api;
    this.throttle = throttle;
    this.splitter = splitter;
  }

  /** Sends {@code reply}; the first part answers {@code replyTo} when given. */
  void send(String chatId, Reply reply, Integer replyTo, Integer threadId) throws DeliveryException {
    List<String> parts = splitter.split(HtmlRenderer.render(reply));
    InlineKeyboardMarkup keyboard = CallbackData.keyboard(reply);
    if (parts.isEmpty()) {
      return;
    }
    Progress key = new Progress(chatId, reply);
    int from;
    synchronized (partsSent) {
      from = partsSent.getOrDefault(key, 0);
    }
    for (int part = from; part < parts.size(); part++) {
      try {
        throttle.acquire(chatId);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        remember(key, part);
        throw new DeliveryException(DeliveryException.Kind.TRANSIENT, "interrupted while waiting to post to chat "
            + chatId, null, e);
      }
      try {
        // the buttons go under the last part, where the reader ends up
        api.sendHtml(chatId, parts.get(part), part == 0 ? replyTo : null, threadId,
            part == parts.size() - 1 ? keyboard : null);
      } catch (DeliveryException e) {
        remember(key, part);
        if (e.kind() == DeliveryException.Kind.REJECTED) {
          log.warn("Telegram refused message {} of {} for chat {}: {}", part + 1, parts.size(), chatId,
              e.getMessage());
        }
        throw e;
      }
    }
    synchronized (partsSent) {
      partsSent.remove(key);
    }
  }

  private void remember(Progress key, int part) {
    synchronized (partsSent) {
      if (part > 0) {
        partsSent.put(key, part);
      } else {
        partsSent.remove(key);
      }
    }
  }

  private record Progress(String chatId, Reply reply) {}
}
