package org.newsbot.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsbot.index.NewsAnalyzer;

/**
 * A question as the answer engine reads it: the words it searches for (stems with their
 * paraphrases), the names among them, the kind of answer it wants, the time it is about, and the
 * words the asker already used (an answer must add something to them).
 *
 * @param text the question as asked
 * @param read the question as read: fillers taken off, misspellings corrected
 * @param asked the kind of answer wanted and the noun that named it
 * @param concepts the words to look for, in order
 * @param names stems of the capitalised words: the people, places and things asked about
 * @param kindWords stems of the noun naming the kind ("player"), seldom in an answering sentence
 * @param counted stems of what a how-many question counts ("people" in "how many people died")
 * @param ownWords the lower-case words of the question
 * @param time the publication dates the question prefers, if any
 * @param corrections the misspelled words read otherwise
 */
record Question(String text, String read, AnswerKind.Asked asked, List<Concept> concepts, Set<String> names,
    Set<String> kindWords, List<Concept> counted, Set<String> ownWords, TimeFrame time,
    List<Correction> corrections) {

  /** A word of the question read as another: "peple" as "people". */
  record Correction(String written, String read) {}

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
  private static final Pattern COUNTED = Pattern.compile(
      "(?i)\\b(?:how many|how much|number of|toll of)\\s+(.*?)(?=\\s+(?:in|at|on|of|for|from|during|by|near"
          + "|after|before|when|while|since|to|with|across|inside|outside|aboard|did|does|do|was|were|is|are"
          + "|have|has|had|will|would)\\b|[?.!]|$)");
  /** Words that shape a question but say nothing about its subject. */
  private static final Pattern FUNCTION_WORDS = Pattern.compile(
      "(?iu)\\b(who|whom|whose|what|which|when|where|why|how|many|much|did|does|do|has|have|had"
          + "|was|were|is|are|been|being|according|tell|me|us|about|please|happen|happened|know"
          + "|can|could|would|should|may|might|any|some|there|here|it|its|the|a|an|of|to|in|on|at"
          + "|number|total|exactly|actually|really|i|you|we|they|name|called|kind|type|around|roughly"
          + "|approximately|over|after|before|during|since|under|between|into|onto|from|with|without|against"
          + "|among|through|across|near|following|amid|upon|within)\\b");

  /** Reads {@code text} as asked on {@code today}, with misspellings already corrected in {@code read}. */
  static Question parse(String text, String read, List<Correction> corrections, LocalDate today) {
    TimeFrame time = TimeFrame.parse(read, today);
    String normalized = Paraphrases.normalize(time.remainder());
    String asking = asking(normalized);
    AnswerKind.Asked asked = AnswerKind.of(asking(Paraphrases.contract(read)));
    String stripped = FUNCTION_WORDS.matcher(normalized.toLowerCase(Locale.ROOT)).replaceAll(" ");
    Set<String> stems = new LinkedHashSet<>(NewsAnalyzer.terms(stripped));
    if (stems.isEmpty()) {
      stems.addAll(NewsAnalyzer.terms(normalized));
    }
    List<Concept> concepts = new ArrayList<>();
    stems.forEach(stem -> concepts.add(Concept.of(stem)));
    Set<String> ownWords = new LinkedHashSet<>();
    for (String word : read.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        ownWords.add(word.toLowerCase(Locale.ROOT));
      }
    }
    Set<String> kindWords = new LinkedHashSet<>();
    if (asked.noun() != null) {
      kindWords.addAll(NewsAnalyzer.terms(asked.noun()));
      kindWords.retainAll(stems);
    }
    return new Question(text.strip(), read.strip(), asked, List.copyOf(concepts), names(normalized, stems),
        kindWords, counted(asking, stems), ownWords, time, List.copyOf(corrections));
  }

  AnswerKind kind() {
    return asked.kind();
  }

  /**
   * The sentence that asks: "Volkswagen is sending 1,650 workers home. When are they due back?"
   * asks when; the sentences before it only say what about.
   */
  private static String asking(String text) {
    String[] sentences = SENTENCE_END.split(text.strip());
    for (int i = sentences.length - 1; i >= 0; i--) {
      if (sentences[i].contains("?")) {
        return sentences[i];
      }
    }
    return sentences[sentences.length - 1];
  }

  private static List<Concept> counted(String text, Set<String> stems) {
    List<Concept> counted = new ArrayList<>();
    var matcher = COUNTED.matcher(text);
    if (matcher.find()) {
      String words = FUNCTION_WORDS.matcher(matcher.group(1).toLowerCase(Locale.ROOT)).replaceAll(" ");
      for (String stem : new LinkedHashSet<>(NewsAnalyzer.terms(words))) {
        if (stems.contains(stem)) {
          counted.add(Concept.of(stem));
        }
      }
    }
    return List.copyOf(counted);
  }

  /** Stems of the capitalised words after the first: the people, places and things asked about. */
  private static Set<String> names(String text, Set<String> stems) {
    Set<String> names = new LinkedHashSet<>();
    String[] words = text.strip().split("[^\\p{L}\\p{N}'’-]+");
    for (int i = 1; i < words.length; i++) {
      if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
        for (String stem : NewsAnalyzer.terms(words[i])) {
          if (stems.contains(stem)) {
            names.add(stem);
          }
        }
      }
    }
    return names;
  }
}
