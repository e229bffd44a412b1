package org.newsbot.index;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsbot.ingest.Boilerplate;

/** Splits paragraphs into sentences, without breaking after common abbreviations and initials. */
public final class Sentences {
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "col", "lt", "sgt", "capt", "gov",
      "sen", "rep", "pres", "rev", "no", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "est", "approx",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
      "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m");
  private static final Pattern LAST_WORD = Pattern.compile("(\\S+)\\.$");
  /** A sentence that starts with a figure ("... on March 22. 144 people died") is missed by BreakIterator. */
  private static final Pattern BREAK_BEFORE_FIGURE = Pattern.compile("(?<=[\\p{L}\\d]{2}[.!?])\\s+(?=\\d[\\d,.]*\\s+\\p{L})");
  private static final int MAX_CHARS = 600;

  private static final int MIN_WORDS = 4;

  private Sentences() {}

  /** Whether a sentence is reporting worth quoting, not site furniture or a fragment. */
  public static boolean quotable(String sentence) {
    if (Boilerplate.isNoise(sentence)) {
      return false;
    }
    int words = sentence.split("\\s+").length;
    long letters = sentence.chars().filter(Character::isLetter).count();
    return words >= MIN_WORDS && letters >= sentence.length() / 2;
  }

  public static List<String> split(String text) {
    List<String> sentences = new ArrayList<>();
    for (String paragraph : text.split("\\n\\s*\\n|\\n")) {
      splitParagraph(paragraph.strip(), sentences);
    }
    return sentences;
  }

  private static void splitParagraph(String paragraph, List<String> out) {
    if (paragraph.isEmpty()) {
      return;
    }
    BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    iterator.setText(paragraph);
    StringBuilder pending = new StringBuilder();
    int start = iterator.first();
    for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
      pending.append(paragraph, start, end);
      String candidate = pending.toString().strip();
      if (!endsWithAbbreviation(candidate) || end == paragraph.length()) {
        addCapped(candidate, out);
        pending.setLength(0);
      }
    }
    if (!pending.isEmpty()) {
      addCapped(pending.toString().strip(), out);
    }
  }

  private static boolean endsWithAbbreviation(String text) {
    var matcher = LAST_WORD.matcher(text);
    if (!matcher.find()) {
      return false;
    }
    String word = matcher.group(1).toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}]+", "");
    return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isLetter(word.charAt(0));
  }

  private static void addCapped(String candidate, List<String> out) {
    String[] parts = BREAK_BEFORE_FIGURE.split(candidate);
    for (int i = 0; i < parts.length; i++) {
      if (i + 1 < parts.length && endsWithAbbreviation(parts[i])) {
        parts[i + 1] = parts[i] + " " + parts[i + 1];
        continue;
      }
      addShort(parts[i].strip(), out);
    }
  }

  /** Run-on text without punctuation is cut at clause or word boundaries to keep passages short. */
  private static void addShort(String sentence, List<String> out) {
    String rest = sentence;
    while (rest.length() > MAX_CHARS) {
      int cut = Math.max(rest.lastIndexOf("; ", MAX_CHARS), rest.lastIndexOf(", ", MAX_CHARS));
      if (cut < MAX_CHARS / 3) {
        cut = rest.lastIndexOf(' ', MAX_CHARS);
      }
      if (cut <= 0) {
        cut = MAX_CHARS;
      }
      out.add(rest.substring(0, cut + 1).strip());
      rest = rest.substring(cut + 1).strip();
    }
    if (!rest.isEmpty()) {
      out.add(rest);
    }
  }
}
