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
 * so none of it can end up quoted in an answer.
 */
public final class Boilerplate {
  /** Lines that end the article: whatever follows them is site furniture too. */
  private static final Pattern TRAILER = Pattern.compile(
      "(?i)^(tags?|keywords|topics|related (articles|stories|news))\\s*:.*"
          + "|^(prev|next|previous|previous article|next article)\\b.*"
          + "|^the article is (written )?in [\\p{L} ]+\\.?$"
          + "|^(source|sources|original article|read the original)\\s*:.*");

  /** Single lines that are never article text. */
  private static final Pattern NOISE_LINE = Pattern.compile(
      "(?i)^(read (also|more)|see also|related|share( this)?( article)?|follow us|subscribe|advertisement"
          + "|click here|sign up|comments?|photo|image|video|getty images|reuters photo)\\b.{0,120}$"
          + "|^(mon|tues|wednes|thurs|fri|satur|sun)day,? [a-z]+ \\d{1,2},? \\d{4}$"
          + "|^\\d{1,2} [a-z]+ \\d{4}$|^[a-z]+ \\d{1,2},? \\d{4}$"
          + "|.*(all rights reserved|©|cookie policy|privacy policy).*");

  private static final double TRAILER_ZONE = 0.5;

  private Boilerplate() {}

  /** The article's paragraphs without site boilerplate, joined by blank lines. */
  public static String clean(String title, String text) {
    List<String> paragraphs = Paragraphs.split(text);
    List<String> kept = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String titleKey = key(title);
    for (int i = 0; i < paragraphs.size(); i++) {
      String paragraph = paragraphs.get(i);
      if (TRAILER.matcher(paragraph).matches() && i >= paragraphs.size() * TRAILER_ZONE) {
        break;
      }
      String key = key(paragraph);
      boolean repeatsTitle = !titleKey.isEmpty() && key.equals(titleKey) && !kept.isEmpty();
      if (key.isEmpty() || repeatsTitle || !seen.add(key) || isNoise(paragraph)) {
        continue;
      }
      kept.add(paragraph);
    }
    return String.join("\n\n", kept);
  }

  /** Whether a line or sentence is site furniture rather than reporting. */
  public static boolean isNoise(String text) {
    String line = text.strip();
    return NOISE_LINE.matcher(line).matches() || TRAILER.matcher(line).matches();
  }

  private static String key(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
