package org.newsbot.discord;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.newsbot.chat.Caller;
import org.newsbot.chat.ChatMessage;
import org.newsbot.chat.ChatService;
import org.newsbot.chat.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers messages meant for the bot: in a server, those that mention it ("@newsbot who won?");
 * and direct messages. Discord gives a bot the text of such messages even without the privileged
 * Message Content intent. Other messages are left alone.
 */
final class MentionListener extends ListenerAdapter {
  private static final Logger log = LoggerFactory.getLogger(MentionListener.class);

  private final ChatService chat;
  private final DiscordRoles roles;
  private final ReplyRenderer renderer;
  private final Executor workers;

  MentionListener(ChatService chat, DiscordRoles roles, ReplyRenderer renderer, Executor workers) {
    this.chat = chat;
    this.roles = roles;
    this.renderer = renderer;
    this.workers = workers;
  }

  @Override
  public void onMessageReceived(MessageReceivedEvent event) {
    User author = event.getAuthor();
    if (author.isBot() || author.isSystem() || event.isWebhookMessage()) {
      return;
    }
    Message message = event.getMessage();
    SelfUser self = event.getJDA().getSelfUser();
    boolean direct = event.getChannelType() == ChannelType.PRIVATE;
    if (!direct && !message.getMentions().isMentioned(self, Message.MentionType.USER)) {
      return;
    }
    String text = withoutMention(message.getContentRaw(), self.getId());
    Member member = event.isFromGuild() ? event.getMember() : null;
    Caller caller = roles.caller(author, member);
    ChatMessage chatMessage = new ChatMessage(ChatIds.of(event.getChannelType(), event.getChannel().getId(), author),
        caller, text.isEmpty() ? "/help" : text);
    try {
      workers.execute(() -> answer(message, chatMessage));
    } catch (RejectedExecutionException e) {
      log.warn("too busy to answer a message from {}", author.getId());
    }
  }

  /** The message without the mentions of the bot. */
  static String withoutMention(String content, String selfId) {
    return Pattern.compile("<@!?" + Pattern.quote(selfId) + ">").matcher(content).replaceAll(" ")
        .replaceAll("\\s+", " ").strip();
  }

  private void answer(Message message, ChatMessage chatMessage) {
    try {
      Reply reply = chat.handle(chatMessage);
      List<DiscordMessage> parts = renderer.render(reply);
      message.reply(parts.get(0).toCreateData()).failOnInvalidReply(false).complete();
      for (DiscordMessage part : parts.subList(1, parts.size())) {
        message.getChannel().sendMessage(part.toCreateData()).complete();
      }
    } catch (PermissionException e) {
      log.info("may not answer in channel {}: {}", chatMessage.chatId(), e.getMessage());
    } catch (RuntimeException e) {
      log.warn("answering a message in chat {} failed", chatMessage.chatId(), e);
    }
  }
}
