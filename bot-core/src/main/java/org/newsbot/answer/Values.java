package org.newsbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbot.index.NewsAnalyzer;

/**
 * Finds the figure or date a sentence gives in answer: for "how many died", the number next to
 * the word for dying; for "when", the one day the sentence names.
 */
final class Values {
  private static final String MONTHS = "January|February|March|April|May|June|July|August|September"
      + "|October|November|December";
  private static final Pattern NUMBER = Pattern.compile(
      "(?i)\\b((at least|more than|over|nearly|almost|about|around|up to|some|roughly|approximately)\\s+)?"
          + "(\\d{1,3}(,\\d{3})+|\\d+(\\.\\d+)?)\\b(?!\\s*(" + MONTHS + ")\\b)");
  private static final Pattern DAY = Pattern.compile(
      "\\b(" + MONTHS + ")\\s+(\\d{1,2})\\b(?!\\s*(?:and|-|–|to)\\s*\\d)|\\b(\\d{1,2})\\s+(" + MONTHS + ")\\b");
  private static final Pattern AFTER_MONTH = Pattern.compile("\\b(" + MONTHS + ")\\s+$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
  private static final int NEAR = 5;

  private Values() {}

  /** The value this sentence gives for the question, or null. */
  static String of(AnswerKind kind, String sentence, List<Concept> focus, Set<String> questionWords) {
    return switch (kind) {
      case COUNT -> count(sentence, focus, questionWords);
      case DATE -> day(sentence);
      default -> null;
    };
  }

  private static String count(String sentence, List<Concept> focus, Set<String> questionWords) {
    List<int[]> focusPositions = new ArrayList<>();
    List<String> words = new ArrayList<>();
    Matcher word = WORD.matcher(sentence);
    while (word.find()) {
      words.add(word.group());
      List<String> stems = NewsAnalyzer.terms(word.group());
      for (Concept concept : focus) {
        if (!stems.isEmpty() && concept.in(Set.copyOf(stems))) {
          focusPositions.add(new int[] {word.start(), words.size() - 1});
        }
      }
    }
    if (focusPositions.isEmpty()) {
      return null; // the sentence does not name what is counted
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    Matcher number = NUMBER.matcher(sentence);
    while (number.find()) {
      String digits = number.group(3).replace(",", "");
      if (questionWords.contains(digits.toLowerCase(Locale.ROOT)) || isYear(digits)
          || AFTER_MONTH.matcher(sentence.substring(0, number.start(3))).find()) {
        continue;
      }
      int index = wordIndex(sentence, number.start(3));
      int distance = Integer.MAX_VALUE;
      for (int[] position : focusPositions) {
        distance = Math.min(distance, Math.abs(position[1] - index));
      }
      if (distance <= NEAR && distance < bestDistance) {
        bestDistance = distance;
        String qualifier = number.group(2) == null ? "" : number.group(2).toLowerCase(Locale.ROOT);
        best = qualifier.isEmpty() || qualifier.equals("at least") ? digits : qualifier + " " + digits;
      }
    }
    return best;
  }

  private static int wordIndex(String sentence, int offset) {
    Matcher word = WORD.matcher(sentence.substring(0, offset));
    int count = 0;
    while (word.find()) {
      count++;
    }
    return count;
  }

  private static boolean isYear(String digits) {
    return digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
  }

  /** The single day a sentence names, as "March 7"; null when it names none or several. */
  private static String day(String sentence) {
    Matcher matcher = DAY.matcher(sentence);
    String found = null;
    while (matcher.find()) {
      String value = matcher.group(1) != null
          ? matcher.group(1) + " " + Integer.parseInt(matcher.group(2))
          : matcher.group(4) + " " + Integer.parseInt(matcher.group(3));
      if (found != null && !found.equals(value)) {
        return null;
      }
      found = value;
    }
    return found;
  }

  /** A value without a qualifier ("144", "March 7", not "over 140"): such values can contradict. */
  static boolean plain(String value) {
    return value != null && (value.matches("\\d+(\\.\\d+)?") || value.matches("\\p{L}+ \\d{1,2}"));
  }
}
