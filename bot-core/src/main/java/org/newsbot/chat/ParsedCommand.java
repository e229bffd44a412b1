package org.newsbot.chat;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code /name@bot argument} split into its parts; plain text is no command. */
record ParsedCommand(String name, String argument) {
  private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(@[A-Za-z0-9_]+)?(?:\\s+(.*))?$",
      Pattern.DOTALL);

  static Optional<ParsedCommand> parse(String text) {
    Matcher matcher = COMMAND.matcher(text.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String argument = matcher.group(3) == null ? "" : matcher.group(3).strip();
    return Optional.of(new ParsedCommand(matcher.group(1).toLowerCase(Locale.ROOT), argument));
  }
}
