package org.newsbot.ingest.feed;

import java.util.regex.Pattern;

/** A person's name from how feeds write one: "Jane Doe", "jane@example.org (Jane Doe)", "Jane Doe <jane@example.org>". */
final class People {
  private static final Pattern EMAIL = Pattern.compile(
      "(?:mailto:)?[A-Za-z0-9_.+-]+@(?:\\[[0-9.]+]|(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,})(?:\\?subject=\\S+)?");

  private People() {}

  /** The name, or the e-mail address when that is all there is, or null. */
  static String name(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String flat = text.replaceAll("\\s+", " ").strip();
    String name = EMAIL.matcher(flat).replaceAll("").replace("()", "").replace("<>", "").strip();
    while (name.length() >= 2 && (name.startsWith("(") && name.endsWith(")") || name.startsWith("<") && name.endsWith(">"))) {
      name = name.substring(1, name.length() - 1).strip();
    }
    if (name.startsWith("(") || name.startsWith("<")) {
      name = name.substring(1).strip();
    }
    if (name.endsWith(")") || name.endsWith(">")) {
      name = name.substring(0, name.length() - 1).strip();
    }
    return name.isEmpty() ? flat : name;
  }
}
