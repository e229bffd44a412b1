package org.newsbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsbot.index.NewsAnalyzer;

/** A question reduced to what retrieval needs: its kind, its concepts, its time frame. */
record Question(String text, QuestionType type, List<Concept> concepts, TimeFrame time,
    Set<String> ownWords, Set<String> names, Set<String> category, List<Concept> counted,
    List<Concept> predicate, List<ContrastingName> framedNames, List<Concept> countedOf) {
  /** "How many people were injured in ...": the words up to the first preposition say what is counted. */
  private static final Pattern COUNTED = Pattern.compile(
      "(?i)\\b(?:how many|how much|number of|toll of)\\s+(.*?)(?=\\s+(?:in|at|on|of|for|from|during|by|near"
          + "|after|before|when|while|since|to|with|across|inside|outside|aboard)\\b|[?.!]|$)");
  private static final Pattern COUNTED_OF = Pattern.compile(
      "(?i)\\bhow (?:many|much)\\s+[\\p{L}-]+\\s+of\\s+((?:(?!(?:did|does|do|was|were|is|are|has|have|had|will"
          + "|would|can|could|in|at|on|for|from|by)\\b)[\\p{L}-]+\\s*){1,3})");
  /** The words of a predicate up to its first preposition, after any auxiliary: "[was] [set to] succeed". */
  private static final Pattern PREDICATE = Pattern.compile(
      "(?i)^(?:(?:is|was|are|were|has|have|had|will|would|did|does|do)\\s+)?"
          + "(?:(?:been|be|set|expected|due|going|about|likely|reported(?:ly)?)\\s+(?:to\\s+)?)*"
          + "((?:(?!(?:in|at|on|of|for|from|after|before|during|with|by|to|near|against|over|under|since|about"
          + "|as|when|while|because|following|amid|into|than|that|which|who|whose|where)\\b)[\\p{L}\\p{N}'’-]+\\s*){1,6})");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
  /** Words that shape a question but say nothing about its subject. */
  private static final Pattern FUNCTION_WORDS = Pattern.compile(
      "(?i)\\b(who|whom|whose|what|which|when|where|why|how|many|much|did|does|do|has|have|had"
          + "|was|were|is|are|been|being|according|tell|me|us|about|please|happen|happened|know"
          + "|can|could|would|should|may|might|any|some|there|here|it|its|the|a|an|of|to|in|on|at"
          + "|people|number|total|exactly|actually|really|i|you|we|they|name|called|kind|type"
          + "|over|after|before|during|since|under|between|into|onto|from|with|without|against|among"
          + "|through|across|near|following|amid|upon|within)\\b");

  static Question parse(String text, java.time.LocalDate today) {
    TimeFrame time = TimeFrame.parse(text, today);
    String normalized = Lexicon.normalize(time.remainder());
    String stripped = FUNCTION_WORDS.matcher(normalized.toLowerCase(Locale.ROOT)).replaceAll(" ");
    Set<String> stems = new LinkedHashSet<>(NewsAnalyzer.terms(stripped));
    if (stems.isEmpty()) {
      stems.addAll(NewsAnalyzer.terms(normalized));
    }
    List<Concept> concepts = new ArrayList<>();
    stems.forEach(stem -> concepts.add(Concept.of(stem)));
    Set<String> ownWords = new LinkedHashSet<>();
    for (String word : text.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        ownWords.add(word.toLowerCase(Locale.ROOT));
      }
    }
    String asking = asking(normalized);
    QuestionType type = QuestionType.of(asking(Lexicon.contract(text)));
    Set<String> category = AskedKind.stems(asking, type);
    category.retainAll(stems);
    Set<String> names = names(normalized, stems);
    List<Concept> counted = counted(normalized, stems);
    counted.removeIf(concept -> names.contains(concept.stem())); // "how much did Zapata's ..." counts no Zapata
    return new Question(text.strip(), type, List.copyOf(concepts), time, ownWords,
        names, category, List.copyOf(counted), predicate(asking, stems, category, names),
        ContrastingName.in(time.remainder()), countedOf(normalized, stems, names));
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

  /**
   * What "who" or "where" did: the words after the question word up to the first preposition,
   * without names ("Who [was arrested] after ...", "Who [became the new ruler] of Oman").
   */
  private static List<Concept> predicate(String text, Set<String> stems, Set<String> category, Set<String> names) {
    var matcher = PREDICATE.matcher(QuestionType.predicate(text));
    List<Concept> predicate = new ArrayList<>();
    if (matcher.find()) {
      for (String word : matcher.group(1).split("\\s+")) {
        if (word.isEmpty() || Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0))
            || word.length() > 4 && word.endsWith("ly")) {
          continue; // names are the subject's, and "temporarily" need not be said
        }
        for (String stem : NewsAnalyzer.terms(FUNCTION_WORDS.matcher(word.toLowerCase(Locale.ROOT)).replaceAll(" "))) {
          if (stems.contains(stem) && !category.contains(stem) && !names.contains(stem)
              && predicate.stream().noneMatch(c -> c.stem().equals(stem))) {
            predicate.add(Concept.of(stem));
          }
        }
      }
    }
    return List.copyOf(predicate);
  }

  /** "How many tonnes of beef", "how many head of cattle": the thing the unit measures. */
  private static List<Concept> countedOf(String text, Set<String> stems, Set<String> names) {
    var matcher = COUNTED_OF.matcher(text);
    List<Concept> thing = new ArrayList<>();
    if (matcher.find()) {
      String words = FUNCTION_WORDS.matcher(matcher.group(1).toLowerCase(Locale.ROOT)).replaceAll(" ");
      for (String stem : new LinkedHashSet<>(NewsAnalyzer.terms(words))) {
        if (stems.contains(stem) && !names.contains(stem)) {
          thing.add(Concept.of(stem));
        }
      }
    }
    return List.copyOf(thing);
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
    return counted;
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
