package org.newsbot.telegram;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbot.chat.Caller;
import org.newsbot.chat.Role;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides which messages are for the bot. In a private chat every text is. In a group only a
 * command the bot knows (or one addressed to it by name), a mention of the bot, or a reply to one
 * of its messages is; the rest is people talking to each other.
 */
final class Conversation {
  private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]+))?(?=\\s|$)");

  private final BotIdentity me;
  private final Supplier<Set<String>> knownCommands;
  private final Pattern mention;

  Conversation(BotIdentity me, Supplier<Set<String>> knownCommands) {
    this.me = me;
    this.knownCommands = knownCommands;
    this.mention = me.username().isEmpty() ? null
        : Pattern.compile("(?<![\\w@])@" + Pattern.quote(me.username()) + "\\b", Pattern.CASE_INSENSITIVE);
  }

  /** The text to hand to the chat service, or empty when the message is not meant for the bot. */
  Optional<String> textFor(Message message) {
    String text = message.getText();
    User from = message.getFrom();
    // other bots are ignored, but not people posting as a chat (anonymous admins): they come
    // from a placeholder bot account with sender_chat set
    boolean fromBot = from != null && Boolean.TRUE.equals(from.getIsBot()) && message.getSenderChat() == null;
    if (text == null || text.isBlank() || from == null || fromBot || message.getChat() == null) {
      return Optional.empty();
    }
    String type = message.getChat().getType();
    if ("private".equals(type)) {
      return Optional.of(text.strip());
    }
    if (!"group".equals(type) && !"supergroup".equals(type)) {
      return Optional.empty();
    }
    Matcher command = COMMAND.matcher(text.strip());
    if (command.find()) {
      String addressee = command.group(2);
      if (addressee != null) {
        return addressee.equalsIgnoreCase(me.username()) ? Optional.of(text.strip()) : Optional.empty();
      }
      boolean known = knownCommands.get().contains(command.group(1).toLowerCase(Locale.ROOT));
      return known || repliesToMe(message) ? Optional.of(text.strip()) : Optional.empty();
    }
    Optional<String> withoutMention = withoutMention(text, message.getEntities());
    if (withoutMention.isPresent()) {
      String rest = withoutMention.get().strip();
      return Optional.of(rest.isEmpty() ? "/help" : rest);
    }
    return repliesToMe(message) ? Optional.of(text.strip()) : Optional.empty();
  }

  private boolean repliesToMe(Message message) {
    Message replied = message.getReplyToMessage();
    return replied != null && replied.getFrom() != null && replied.getFrom().getId() != null
        && replied.getFrom().getId() == me.id();
  }

  /** The text with the bot's mention cut out, when the bot is mentioned. */
  private Optional<String> withoutMention(String text, List<MessageEntity> entities) {
    if (entities != null) {
      for (MessageEntity entity : entities) {
        if (entity.getOffset() == null || entity.getLength() == null) {
          continue;
        }
        int start = entity.getOffset();
        int end = start + entity.getLength();
        if (start < 0 || end > text.length()) {
          continue;
        }
        boolean mine = "mention".equals(entity.getType())
            && text.substring(start, end).equalsIgnoreCase("@" + me.username())
            || "text_mention".equals(entity.getType()) && entity.getUser() != null
            && entity.getUser().getId() != null && entity.getUser().getId() == me.id();
        if (mine) {
          return Optional.of(join(text.substring(0, start), text.substring(end)));
        }
      }
    }
    if (mention != null) {
      Matcher matcher = mention.matcher(text);
      if (matcher.find()) {
        return Optional.of(join(text.substring(0, matcher.start()), text.substring(matcher.end())));
      }
    }
    return Optional.empty();
  }

  /** The text around a cut-out mention, with one space between words and none before punctuation. */
  private static String join(String before, String after) {
    String left = before.stripTrailing();
    String right = after.stripLeading();
    boolean space = !left.isEmpty() && !right.isEmpty() && ",.;:!?)".indexOf(right.charAt(0)) < 0;
    return left + (space ? " " : "") + right;
  }

  /** {@code user} as the core sees them, with {@code role} in the chat at hand. */
  static Caller caller(User user, Role role) {
    return new Caller(TelegramPlatform.NAME, user.getId().toString(), displayName(user), role);
  }

  /** How a user is shown: their name, else their username, else their id. */
  private static String displayName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    if (!name.isEmpty()) {
      return name;
    }
    return user.getUserName() != null ? user.getUserName() : String.valueOf(user.getId());
  }
}
