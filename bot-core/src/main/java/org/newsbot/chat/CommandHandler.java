package org.newsbot.chat;

/** Handles one chat command; {@code argument} is the text after the command name, stripped. */
@FunctionalInterface
public interface CommandHandler {
  Reply handle(ChatMessage message, String argument);
}
