package org.newsbot.alerts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbot.index.Sentences;

/**
 * The figures that make a story's news: the numbers in an article's title and lead (a death toll,
 * an amount, a percentage, a date). A revision that changes them is worth an update; one that
 * fixes a typo or adds background further down is not.
 */
final class KeyFigures {
  private static final int LEAD_SENTENCES = 3;
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{L}\\p{N}.,])(?<![\\p{L}\\p{N}]-)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?"
          + "(?:\\s*(%|per ?cent|million|billion|trillion|thousand|bn)(?![\\p{L}]))?(?![\\p{L}\\p{N}])");

  private KeyFigures() {}

  /** The figures as a stable text: sorted, one space between, repeats kept. */
  static String of(String title, String body) {
    StringBuilder lead = new StringBuilder(title == null ? "" : title).append('\n');
    List<String> sentences = Sentences.split(body);
    for (int i = 0; i < Math.min(LEAD_SENTENCES, sentences.size()); i++) {
      lead.append(sentences.get(i)).append('\n');
    }
    List<String> figures = new ArrayList<>();
    Matcher number = NUMBER.matcher(lead);
    while (number.find()) {
      String value = number.group(1).replace(",", "") + (number.group(2) == null ? "" : number.group(2));
      String unit = number.group(3) == null ? "" : unit(number.group(3));
      figures.add(value + unit);
    }
    Collections.sort(figures);
    String joined = String.join(" ", figures);
    return joined.length() > 1000 ? joined.substring(0, joined.lastIndexOf(' ', 1000)) : joined;
  }

  /** What changed between two figure texts, for the update message: {@code 143 → 144}. */
  static String change(String before, String after) {
    List<String> removed = split(before);
    List<String> added = split(after);
    List<String> common = new ArrayList<>(removed);
    common.retainAll(added);
    for (String figure : common) {
      if (removed.remove(figure)) {
        added.remove(figure);
      }
    }
    if (removed.isEmpty()) {
      return "new figures: " + String.join(", ", added);
    }
    if (added.isEmpty()) {
      return "figures no longer given: " + String.join(", ", removed);
    }
    return String.join(", ", removed) + " \u2192 " + String.join(", ", added);
  }

  private static List<String> split(String figures) {
    List<String> list = new ArrayList<>();
    for (String figure : figures.split(" ")) {
      if (!figure.isEmpty()) {
        list.add(figure);
      }
    }
    return list;
  }

  private static String unit(String unit) {
    String lower = unit.toLowerCase(Locale.ROOT).replace(" ", "");
    return switch (lower) {
      case "%", "percent" -> "%";
      case "bn" -> " billion";
      default -> " " + lower;
    };
  }
}
