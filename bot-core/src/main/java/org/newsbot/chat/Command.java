package org.newsbot.chat;

/** A command the bot understands: its name, a usage line, who may use it, and its handler. */
public record Command(String name, String usage, String description, Role required,
    CommandHandler handler) {}
