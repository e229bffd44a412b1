package org.newsbot.discord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.components.buttons.Button;
import org.newsbot.chat.Reply;

/**
 * The commands carried in buttons' custom ids, both ways. A button's custom id is its command as
 * it is, so it must fit Discord's 100 characters (and its label 80); a message holds at most 25
 * buttons, with distinct ids. Buttons that cannot be made stay text. A press is accepted only in
 * the shape such a button has: "/name" or "/name argument" of a command the bot knows.
 */
final class ButtonCommands {
  /** Five rows of five buttons: the most one message may have. */
  static final int PER_MESSAGE = 25;
  private static final Pattern COMMAND = Pattern.compile("/([a-z0-9_]{1,32})(?: [^\\n]*)?");

  private final Supplier<Set<String>> knownCommands;

  ButtonCommands(Supplier<Set<String>> knownCommands) {
    this.knownCommands = knownCommands;
  }

  /** The reply's buttons that become Discord buttons, in order. */
  static List<Reply.Button> asButtons(Reply reply) {
    Map<String, Reply.Button> byCommand = new LinkedHashMap<>();
    for (Reply.Button button : reply.buttons()) {
      if (fits(button) && byCommand.size() < PER_MESSAGE) {
        byCommand.putIfAbsent(button.command(), button);
      }
    }
    return List.copyOf(byCommand.values());
  }

  /** The reply's buttons that stay text. */
  static List<Reply.Button> asText(Reply reply) {
    List<Reply.Button> buttons = asButtons(reply);
    return reply.buttons().stream().filter(button -> !buttons.contains(button)).toList();
  }

  static Button toDiscord(Reply.Button button) {
    return Button.secondary(button.command(), button.label().strip());
  }

  private static boolean fits(Reply.Button button) {
    String label = button.label() == null ? "" : button.label().strip();
    String command = button.command();
    return !label.isEmpty() && label.length() <= Button.LABEL_MAX_LENGTH && command != null
        && command.length() <= Button.ID_MAX_LENGTH && COMMAND.matcher(command).matches();
  }

  /** The command a pressed button carries, when it is one the bot's buttons could have sent. */
  Optional<String> command(String customId) {
    if (customId == null || customId.length() > Button.ID_MAX_LENGTH) {
      return Optional.empty();
    }
    Matcher matcher = COMMAND.matcher(customId);
    if (!matcher.matches() || !knownCommands.get().contains(matcher.group(1))) {
      return Optional.empty();
    }
    return Optional.of(customId);
  }

  /** The command's name: "/unsubscribe 3" is "unsubscribe". */
  static String name(String command) {
    int space = command.indexOf(' ');
    return command.substring(1, space < 0 ? command.length() : space);
  }
}
