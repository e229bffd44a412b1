package org.newsbot.chat;

import java.util.Objects;

/**
 * A message that reached the bot: the chat it came from, who sent it, and its text. Adapters pass
 * only messages meant for the bot (a private chat, a command, a mention, a reply to the bot).
 */
public record ChatMessage(String chatId, Caller caller, String text) {
  public ChatMessage {
    Objects.requireNonNull(chatId, "chatId");
    Objects.requireNonNull(caller, "caller");
    text = text == null ? "" : text;
  }
}
