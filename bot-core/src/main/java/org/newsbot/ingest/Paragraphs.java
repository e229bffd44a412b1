package org.newsbot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits article text into paragraphs. Blank lines and indented lines start a paragraph; lines of a
 * hard-wrapped block (newswire copy wraps at about 70 columns) are joined back together.
 */
final class Paragraphs {
  private static final Pattern BLOCK_BREAK = Pattern.compile("\\n\\s*\\n|\\n(?=[ \\t]{2,}\\S)");
  private static final int WRAP_COLUMN = 90;

  private Paragraphs() {}

  static List<String> split(String text) {
    List<String> paragraphs = new ArrayList<>();
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
    for (String block : BLOCK_BREAK.split(normalized)) {
      String[] lines = block.split("\n");
      if (isHardWrapped(lines)) {
        add(paragraphs, String.join(" ", lines));
      } else {
        for (String line : lines) {
          add(paragraphs, line);
        }
      }
    }
    return paragraphs;
  }

  private static boolean isHardWrapped(String[] lines) {
    if (lines.length < 2) {
      return false;
    }
    for (int i = 0; i < lines.length - 1; i++) {
      if (lines[i].strip().length() > WRAP_COLUMN) {
        return false;
      }
    }
    return true;
  }

  private static void add(List<String> paragraphs, String paragraph) {
    String clean = paragraph.replaceAll("[ \\t\\x0B\\f]+", " ").strip();
    if (!clean.isEmpty()) {
      paragraphs.add(clean);
    }
  }
}
