package org.newsbot.answer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds in a sentence the answers of each kind it could give (entities.txt): names, places,
 * figures, dates, durations. Only text the question does not already hold counts: the answer to
 * "who" is not the asker's own words.
 */
final class Entities {
  private static final Map<AnswerKind, List<Pattern>> PATTERNS = new EnumMap<>(AnswerKind.class);
  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  static {
    for (String line : KnowledgeFile.lines("entities.txt")) {
      String[] parts = line.split("\t", 2);
      PATTERNS.computeIfAbsent(AnswerKind.valueOf(parts[0]), k -> new ArrayList<>()).add(Pattern.compile(parts[1]));
    }
  }

  private Entities() {}

  /** Where each text of {@code kind} new to the question stands in {@code sentence}: {start, end} offsets. */
  static List<int[]> newSpans(AnswerKind kind, String sentence, Set<String> questionWords) {
    return newSpans(kind, sentence, questionWords, Integer.MAX_VALUE);
  }

  private static List<int[]> newSpans(AnswerKind kind, String sentence, Set<String> questionWords, int limit) {
    List<int[]> spans = new ArrayList<>();
    for (Pattern pattern : PATTERNS.getOrDefault(kind, List.of())) {
      Matcher matcher = pattern.matcher(sentence);
      while (matcher.find()) {
        String found = matcher.group().strip();
        if (kind == AnswerKind.COUNT && YEAR.matcher(found).matches()) {
          continue;
        }
        if (isNew(found, questionWords, kind.named())) {
          spans.add(new int[] {matcher.start(), matcher.end()});
          if (spans.size() == limit) {
            return spans;
          }
        }
      }
    }
    return spans;
  }

  /** Whether the sentence gives an answer of {@code kind} that the question does not hold. */
  static boolean gives(AnswerKind kind, String sentence, Set<String> questionWords) {
    return !newSpans(kind, sentence, questionWords, 1).isEmpty();
  }

  /**
   * Text is new when one of its words is not the question's; for names only capitalised words
   * count ("in Vienna" is new, "in the" is not).
   */
  private static boolean isNew(String found, Set<String> questionWords, boolean named) {
    Matcher word = WORD.matcher(found);
    while (word.find()) {
      String w = word.group();
      if (named && !Character.isUpperCase(w.charAt(0))) {
        continue;
      }
      if (!questionWords.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
