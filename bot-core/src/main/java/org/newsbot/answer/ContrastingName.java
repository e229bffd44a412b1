package org.newsbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name built from a frame and a filler: "Nobel Prize in | Chemistry", "Bank of | Spain". An
 * article that fills the same frame otherwise ("Nobel Prize in Physics") and never as asked is
 * about something else, however many of the question's words it shares.
 */
record ContrastingName(String frame, String filler) {
  private static final Pattern FRAMED = Pattern.compile(
      "((?:\\p{Lu}[\\p{L}'’-]+\\s+)+(?:in|of|for|on))\\s+(\\p{Lu}[\\p{L}'’-]+)");
  private static final Pattern FILLER = Pattern.compile("\\s+(\\p{Lu}[\\p{L}'’-]+)");

  static List<ContrastingName> in(String question) {
    List<ContrastingName> names = new ArrayList<>();
    Matcher matcher = FRAMED.matcher(question);
    while (matcher.find()) {
      names.add(new ContrastingName(matcher.group(1).replaceAll("\\s+", " "), bare(matcher.group(2))));
    }
    return names;
  }

  /** "Mineworkers'" and "Mineworkers's" are "Mineworkers". */
  private static String bare(String word) {
    return word.replaceAll("['’]s?$", "");
  }

  /**
   * Whether {@code text} fills this name's frame with another word and never names the filler:
   * "Base in Trinity Peninsula, Antarctica" still says Antarctica.
   */
  boolean contradictedBy(String text) {
    String flat = text.replaceAll("\\s+", " ");
    if (Pattern.compile("\\b" + Pattern.quote(filler) + "\\b").matcher(flat).find()) {
      return false;
    }
    int at = flat.indexOf(frame);
    boolean other = false;
    while (at >= 0) {
      Matcher filled = FILLER.matcher(flat).region(at + frame.length(), flat.length());
      if (filled.lookingAt()) {
        if (bare(filled.group(1)).equals(filler)) {
          return false;
        }
        other = true;
      }
      at = flat.indexOf(frame, at + 1);
    }
    return other;
  }
}
