package org.newsbot.telegram;

/** The bot's own account, as getMe reports it: needed to spot mentions of and replies to the bot. */
record BotIdentity(long id, String username) {}
