/** The Telegram adapter: Telegram updates in, newsbot replies out as Telegram HTML messages. */
package org.newsbot.telegram;
