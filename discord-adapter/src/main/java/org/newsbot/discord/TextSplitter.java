package org.newsbot.discord;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into pieces that fit a length limit, at the cleanest place available: a paragraph
 * break, else a line break, else the end of a sentence, else a space. Only a single word longer
 * than the limit is cut inside, and never between a markdown escape and the character it escapes.
 */
final class TextSplitter {
  private TextSplitter() {}

  static List<String> split(String text, int limit) {
    if (limit < 2) {
      throw new IllegalArgumentException("limit must be at least 2");
    }
    List<String> pieces = new ArrayList<>();
    String rest = text.strip();
    while (rest.length() > limit) {
      int cut = cutPoint(rest, limit);
      String piece = rest.substring(0, cut).strip();
      if (!piece.isEmpty()) {
        pieces.add(piece);
      }
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty()) {
      pieces.add(rest);
    }
    return pieces;
  }

  /** Where to end the first piece of {@code text}; the piece is {@code text[0, cut)}. */
  private static int cutPoint(String text, int limit) {
    // a break in the first half would leave pieces much shorter than they may be; look for a
    // cleaner kind of break only in the second half
    int floor = limit / 2;
    int paragraph = text.lastIndexOf("\n\n", limit - 1);
    if (paragraph >= floor) {
      return paragraph;
    }
    int line = text.lastIndexOf('\n', limit - 1);
    if (line >= floor) {
      return line;
    }
    int sentence = lastSentenceEnd(text, limit);
    if (sentence >= floor) {
      return sentence;
    }
    int space = text.lastIndexOf(' ', limit);
    if (space > 0) {
      return space;
    }
    int cut = limit;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    int backslashes = 0;
    while (backslashes < cut && text.charAt(cut - 1 - backslashes) == '\\') {
      backslashes++;
    }
    if (backslashes % 2 == 1) {
      cut--;
    }
    return cut > 0 ? cut : limit;
  }

  /** The index just after the last ". ", "! " or "? " that ends within the limit, or -1. */
  private static int lastSentenceEnd(String text, int limit) {
    for (int i = Math.min(limit, text.length() - 1); i > 0; i--) {
      char c = text.charAt(i - 1);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
