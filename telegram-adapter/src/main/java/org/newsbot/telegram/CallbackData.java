package org.newsbot.telegram;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbot.chat.Reply;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * The commands carried in inline buttons' callback_data, both ways. A button holds its command
 * as it is, so it must fit Telegram's 64 bytes; a button that does not fit stays text. A callback
 * is accepted only in the shape such a button has: "/name" or "/name argument" of a command the
 * bot knows, never addressed to another bot.
 */
final class CallbackData {
  /** Telegram's limit on callback_data, in bytes of UTF-8. */
  static final int LIMIT = 64;
  private static final Pattern COMMAND = Pattern.compile("/([a-z0-9_]{1,32})(?: [^\\n]*)?");

  private final Supplier<Set<String>> knownCommands;

  CallbackData(Supplier<Set<String>> knownCommands) {
    this.knownCommands = knownCommands;
  }

  /** True when the button can be an inline button: its command fits callback_data. */
  static boolean fits(Reply.Button button) {
    String command = button.command();
    return command != null && button.label() != null && !button.label().isBlank()
        && COMMAND.matcher(command).matches() && command.getBytes(StandardCharsets.UTF_8).length <= LIMIT;
  }

  /** The buttons that stay text: those that cannot be inline buttons. */
  static List<Reply.Button> asText(Reply reply) {
    List<Reply.Button> inline = inline(reply);
    return reply.buttons().stream().filter(button -> !inline.contains(button)).toList();
  }

  /** One inline button per row for the buttons that fit, or null when none does. */
  static InlineKeyboardMarkup keyboard(Reply reply) {
    List<InlineKeyboardRow> rows = inline(reply).stream()
        .map(button -> new InlineKeyboardRow(InlineKeyboardButton.builder().text(button.label().strip())
            .callbackData(button.command()).build()))
        .toList();
    return rows.isEmpty() ? null : new InlineKeyboardMarkup(rows);
  }

  /** The buttons that become inline buttons; none when the reply has no text to put them under. */
  private static List<Reply.Button> inline(Reply reply) {
    if (reply.blocks().isEmpty() && reply.sources().isEmpty()) {
      return List.of();
    }
    return reply.buttons().stream().filter(CallbackData::fits).toList();
  }

  /** The command a callback carries, when it is one the bot's buttons could have sent. */
  Optional<String> command(String data) {
    if (data == null || data.getBytes(StandardCharsets.UTF_8).length > LIMIT) {
      return Optional.empty();
    }
    Matcher matcher = COMMAND.matcher(data);
    if (!matcher.matches() || !knownCommands.get().contains(matcher.group(1))) {
      return Optional.empty();
    }
    return Optional.of(data);
  }
}
