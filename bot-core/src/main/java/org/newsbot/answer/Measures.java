package org.newsbot.answer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsbot.index.NewsAnalyzer;

/**
 * Quantities a question may ask for by name ("what price", "what was her time") and the figures
 * that give them: a price is an amount of money, a time a duration, a position a rank.
 */
final class Measures {
  private static final String NUMBER = "\\d+(?:[.,]\\d+)*";
  private static final Pattern MONEY = Pattern.compile(
      "[$£€¥]\\s?\\d|\\b" + NUMBER + "\\s?(?:m|bn|k|million|billion|trillion|dollars?|pounds?|euros?|yen|rupees?"
          + "|roubles?|rubles?|francs?|pence|cents?)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DURATION = Pattern.compile(
      "\\b" + NUMBER + "\\s?(?:seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?)\\b"
          + "|\\b\\d{1,2}:\\d\\d(?::\\d\\d)?(?:\\.\\d+)?\\b"
          + "|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|several|a few) (?:seconds|minutes|hours|days"
          + "|weeks|months|years)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern LENGTH = Pattern.compile(
      "\\b" + NUMBER + "\\s?(?:m|km|cm|mm|metres?|meters?|kilomet(?:re|er)s?|miles?|feet|foot|ft|inches|yards)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SCORE = Pattern.compile("\\b\\d{1,3}\\s?[-–]\\s?\\d{1,3}\\b");
  private static final Pattern SHARE = Pattern.compile(
      "(?i)\\b" + NUMBER + "\\s?(?:%|pct|percent|per cent|percentage points?|basis points)");
  private static final Pattern TEMPERATURE = Pattern.compile("(?i)" + NUMBER + "\\s?(?:°|degrees)");

  /** For each kind of quantity, the figure that gives it; null: any count. */
  private static final Map<String, Pattern> BY_STEM = new LinkedHashMap<>();

  static {
    put("price cost fee sum value amount salary wage budget debt fine bill revenue profit loss sales turnover"
        + " fortune worth", MONEY);
    put("time duration", DURATION);
    put("distance length height width depth altitude", LENGTH);
    put("score result margin scoreline", SCORE);
    put("position rank place finish", Facts.ORDINAL);
    put("temperature", TEMPERATURE);
    put("ratio rate percentage share stake inflation growth", SHARE);
    put("population size speed weight capacity magnitude attendance crowd figure total", null);
  }

  private Measures() {}

  private static void put(String words, Pattern figure) {
    for (String stem : NewsAnalyzer.terms(words)) {
      BY_STEM.put(stem, figure);
    }
  }

  /** Whether the kind asked for is a quantity. */
  static boolean measured(List<Concept> kind) {
    return kind.stream().anyMatch(concept -> BY_STEM.containsKey(concept.stem()));
  }

  /** Whether the sentence gives a figure of the quantity asked for that the question does not already hold. */
  static boolean given(List<Concept> kind, String sentence, Set<String> questionWords) {
    for (Concept concept : kind) {
      if (BY_STEM.containsKey(concept.stem())) {
        Pattern figure = BY_STEM.get(concept.stem());
        if (figure == null ? Facts.hasFigure(sentence, questionWords) : has(figure, sentence, questionWords)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean has(Pattern figure, String sentence, Set<String> questionWords) {
    var matcher = figure.matcher(sentence);
    while (matcher.find()) {
      String digits = matcher.group().replaceAll("[^\\d.,]", "");
      if (digits.isEmpty() || !questionWords.contains(digits)) {
        return true;
      }
    }
    return false;
  }
}
