package org.newsbot.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.ParseResult;

/**
 * Where a command line runs. The bot itself ({@code run}, {@code chat}) must own the data folder;
 * commands that never open it ({@code bench}, {@code sources preview}, help) run where they are
 * typed; every other command goes to the folder's owner, or owns the folder for its own run when
 * there is none.
 */
enum Placement {
  OWNER,
  THROUGH_OWNER,
  HERE;

  private static final Set<String> BOTS = Set.of("run", "chat");
  private static final Set<String> WITHOUT_FOLDER = Set.of("bench", "sources preview");

  static Placement of(ParseResult parsed) {
    List<String> names = new ArrayList<>();
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.isUsageHelpRequested() || level.isVersionHelpRequested()) {
        return HERE;
      }
      if (level != parsed) {
        names.add(level.commandSpec().name());
      }
    }
    if (names.isEmpty() || BOTS.contains(names.getFirst())) {
      return OWNER;
    }
    return WITHOUT_FOLDER.contains(String.join(" ", names)) ? HERE : THROUGH_OWNER;
  }

  /** The command's name for messages: "import", "sources add"; "run" when none is given. */
  static String name(ParseResult parsed) {
    List<String> names = new ArrayList<>();
    for (ParseResult level = parsed.subcommand(); level != null; level = level.subcommand()) {
      names.add(level.commandSpec().name());
    }
    return names.isEmpty() ? "run" : String.join(" ", names);
  }
}
