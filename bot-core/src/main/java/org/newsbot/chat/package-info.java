/**
 * The platform-neutral chat layer: commands, roles and the reply model adapters render. Start at {@link org.newsbot.chat.ChatService}.
 */
package org.newsbot.chat;
