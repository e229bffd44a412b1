package org.newsbot.discord;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.newsbot.chat.Caller;
import org.newsbot.chat.ChatMessage;
import org.newsbot.chat.ChatService;
import org.newsbot.chat.Reply;
import org.newsbot.chat.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a command that came as an interaction (a slash command, a button press) as the user who
 * made it, with their role. The interaction is acknowledged at once with a deferred reply (Discord
 * allows three seconds, an answer may take longer), handled by the core on a worker thread, and the
 * deferred reply is then edited into the answer. Errors and refusals are shown only to the caller.
 */
final class InteractionAnswers {
  private static final Logger log = LoggerFactory.getLogger(InteractionAnswers.class);

  private final ChatService chat;
  private final DiscordRoles roles;
  private final ReplyRenderer renderer;
  private final Executor workers;

  InteractionAnswers(ChatService chat, DiscordRoles roles, ReplyRenderer renderer, Executor workers) {
    this.chat = chat;
    this.roles = roles;
    this.renderer = renderer;
    this.workers = workers;
  }

  /** Runs {@code text}, the command {@code name} with its argument, for the interaction's user. */
  void run(IReplyCallback event, String name, String text) {
    User user = event.getUser();
    Member member = event.getMember();
    Caller caller = roles.caller(user, member);
    Role role = caller.role();
    ChatMessage message = new ChatMessage(ChatIds.of(event.getChannelType(), event.getChannelId(), user),
        caller, text);
    // Discord fixes a reply's visibility when it is deferred. A command the core does not offer
    // this caller ends in a refusal or an error, so that reply is deferred as private.
    boolean visible = offered(name, role);
    event.deferReply(!visible).queue(null,
        failure -> log.warn("could not acknowledge /{} from {}: {}", name, user.getId(), failure.toString()));
    InteractionHook hook = event.getHook();
    try {
      workers.execute(() -> answer(hook, visible, message));
    } catch (RejectedExecutionException e) {
      log.warn("too busy to answer /{} from {}", name, user.getId());
      hook.editOriginal(DiscordMessage.text("I'm busy right now; please try again in a minute.").toEditData())
          .queue(null, failure -> log.debug("could not say busy", failure));
    }
  }

  private boolean offered(String command, Role role) {
    return chat.commandsFor(role).stream().anyMatch(c -> c.name().equals(command));
  }

  private void answer(InteractionHook hook, boolean visible, ChatMessage message) {
    try {
      Reply reply = chat.handle(message);
      List<DiscordMessage> parts = renderer.render(reply);
      boolean privateReply = reply.kind() == Reply.Kind.ERROR || reply.kind() == Reply.Kind.REFUSAL;
      if (privateReply && visible) {
        // deferred as public, yet the caller alone should see this: drop the public placeholder
        // and tell them privately
        hook.deleteOriginal().complete();
        for (DiscordMessage part : parts) {
          hook.sendMessage(part.toCreateData()).setEphemeral(true).complete();
        }
        return;
      }
      hook.editOriginal(parts.get(0).toEditData()).complete();
      for (DiscordMessage part : parts.subList(1, parts.size())) {
        hook.sendMessage(part.toCreateData()).setEphemeral(!visible).complete();
      }
    } catch (RuntimeException e) {
      log.warn("answering {} in chat {} failed", firstWord(message.text()), message.chatId(), e);
    }
  }

  private static String firstWord(String text) {
    int space = text.indexOf(' ');
    return space < 0 ? text : text.substring(0, space);
  }
}
