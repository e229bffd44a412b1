package org.newsbot.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what news sites wrap around an article: repeated titles, datelines, tag lists,
 * previous/next links, "the article is in ..." notes, sharing prompts. Only article text remains,
 * so none of it can end up quoted in an answer. It applies to extracted pages and imported files,
 * never to a feed's own text.
 */
public final class Boilerplate {
  /** The end of a line that is not a sentence: link texts and captions do not end like one. */
  private static final String NOT_A_SENTENCE = "(?<![.!?\"”’])$";

  /**
   * Lines that end the article: whatever follows them is site furniture too. "Next" and "Previous"
   * also start sentences ("Next month's budget ..."), so only lines that are no sentence count.
   */
  private static final Pattern TRAILER = Pattern.compile(
      "(?i)^(tags?|keywords|topics|related (articles|stories|news))\\s*:.*"
          + "|^prev\\b.*|^(next|previous)\\b.*" + NOT_A_SENTENCE
          + "|^the article is (written )?in [\\p{L} ]+\\.?$"
          + "|^(source|sources|original article|read the original)\\s*:.*");

  /** Single lines that are never article text; words that also start sentences only in non-sentences. */
  private static final Pattern NOISE_LINE = Pattern.compile(
      "(?i)^(read (also|more)|see also|share this( article)?|follow us|subscribe|advertisement"
          + "|click here|sign up|getty images|reuters photo)\\b.{0,120}$"
          + "|^(related|share|comments?|photo|image|video)\\b.{0,120}" + NOT_A_SENTENCE
          + "|^(mon|tues|wednes|thurs|fri|satur|sun)day,? [a-z]+ \\d{1,2},? \\d{4}$"
          + "|^\\d{1,2} [a-z]+ \\d{4}$|^[a-z]+ \\d{1,2},? \\d{4}$"
          + "|.*(all rights reserved|©|cookie policy|privacy policy).*");

  private static final double TRAILER_ZONE = 0.5;

  private Boilerplate() {}

  /**
   * The article's paragraphs without site boilerplate, joined by blank lines. Cleaning never
   * empties a text: when every paragraph looks like boilerplate ("Click here for the full story"),
   * the text is kept as it is, as it is all the article there is.
   */
  public static String clean(String title, String text) {
    List<String> paragraphs = Paragraphs.split(Mojibake.repair(text));
    List<String> kept = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String titleKey = key(title);
    for (int i = 0; i < paragraphs.size(); i++) {
      String paragraph = paragraphs.get(i);
      if (TRAILER.matcher(paragraph).matches() && i >= paragraphs.size() * TRAILER_ZONE) {
        break;
      }
      String key = key(paragraph);
      boolean repeatsTitle = !titleKey.isEmpty() && repeats(key, titleKey) && !kept.isEmpty();
      if (key.isEmpty() || repeatsTitle || !seen.add(key) || isNoise(paragraph)) {
        continue;
      }
      kept.add(paragraph);
    }
    return String.join("\n\n", kept.isEmpty() ? paragraphs : kept);
  }

  /** Whether a line or sentence is site furniture rather than reporting. */
  public static boolean isNoise(String text) {
    String line = text.strip();
    return NOISE_LINE.matcher(line).matches() || TRAILER.matcher(line).matches();
  }

  /** Whether a paragraph is the title once or several times (repeated title lines join into one). */
  private static boolean repeats(String key, String titleKey) {
    return !key.isEmpty() && key.replace(titleKey, " ").isBlank();
  }

  private static String key(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
