/** The Discord adapter: Discord interactions in, newsbot replies out as Discord messages and embeds. */
package org.newsbot.discord;
