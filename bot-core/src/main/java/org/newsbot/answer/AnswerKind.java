package org.newsbot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of answer a question wants: a person, a place, a figure with a unit, a date... Read from
 * the asking sentence by the rules of answer-kinds.txt, or from the noun of "which NOUN" through
 * kind-nouns.txt. The kind is evidence for a sentence, never a condition on it.
 */
enum AnswerKind {
  PERSON, ORGANISATION, PLACE, NAME, COUNT, MONEY, PERCENT, DATE, DURATION, AGE, MEASURE, CAUSE, OTHER;

  /** The kind asked for and the noun that named it ("player" in "which NFL player"), or null. */
  record Asked(AnswerKind kind, String noun) {}

  private static final Pattern LEADING = Pattern.compile(
      "^((since|from|in|on|at|by|until|till|to|for|of|during|with|after|before|into|near|around|about"
          + "|roughly|approximately|exactly|and|but|so|then|also)\\s+)+");
  /** Words that end the words naming the kind: "which NFL player [complained]", "what sentence [did]". */
  private static final Pattern ENDS_KIND = Pattern.compile(
      "is|was|are|were|did|does|do|has|have|had|will|would|can|could|should|may|might|of|in|at|on|for|to|from"
          + "|that|who|whom|whose|which|with|by|as|after|before|during|when|where|\\p{L}+ed");
  private static final Pattern WHICH = Pattern.compile("^(which|what)\\s+(.*)");
  /** "what is the capital of", "what was the name of the company": the noun after the copula. */
  private static final Pattern WHAT_IS_THE = Pattern.compile(
      "^(?:what|which)\\s+(?:is|was|are|were)\\s+(?:the\\s+|an?\\s+)?(?:name\\s+of\\s+(?:the\\s+|an?\\s+)?)?"
          + "(?:[\\p{L}-]+\\s+){0,2}?([\\p{L}-]+)(?=\\s+(?:of|for|behind|in|at|on|that|who|which)\\b|\\s*[?.!]?$)");
  private static final List<Map.Entry<AnswerKind, Pattern>> RULES = new ArrayList<>();
  private static final Map<String, AnswerKind> NOUNS = new HashMap<>();

  static {
    for (String line : KnowledgeFile.lines("answer-kinds.txt")) {
      String[] parts = line.split("\t", 2);
      RULES.add(Map.entry(AnswerKind.valueOf(parts[0]), Pattern.compile(parts[1])));
    }
    for (String line : KnowledgeFile.lines("kind-nouns.txt")) {
      int colon = line.indexOf(':');
      AnswerKind kind = AnswerKind.valueOf(line.substring(0, colon).strip());
      for (String noun : line.substring(colon + 1).strip().split("\\s+")) {
        NOUNS.putIfAbsent(noun, kind);
      }
    }
  }

  /** The kind of answer {@code asking} (the sentence that asks) wants. */
  static Asked of(String asking) {
    String q = LEADING.matcher(Paraphrases.contract(asking).toLowerCase(Locale.ROOT).strip()).replaceFirst("");
    for (Map.Entry<AnswerKind, Pattern> rule : RULES) {
      if (rule.getValue().matcher(q).find()) {
        return new Asked(rule.getKey(), null);
      }
    }
    Matcher whatIs = WHAT_IS_THE.matcher(q);
    if (q.matches("^(what|which)\\s+(is|was|are|were)\\b.*") && whatIs.find()) {
      String noun = whatIs.group(1);
      AnswerKind kind = noun(noun);
      return new Asked(kind == null ? OTHER : kind, noun);
    }
    Matcher which = WHICH.matcher(q);
    if (which.find()) {
      List<String> words = new ArrayList<>();
      for (String word : which.group(2).split("[^\\p{L}\\p{N}'’-]+")) {
        if (word.isEmpty() || ENDS_KIND.matcher(word).matches() || words.size() == 3) {
          break;
        }
        words.add(word);
      }
      for (int i = words.size() - 1; i >= 0; i--) {
        AnswerKind kind = noun(words.get(i));
        if (kind != null) {
          return new Asked(kind, words.get(i));
        }
      }
      String noun = words.isEmpty() ? null : words.getFirst();
      return new Asked(q.startsWith("which") ? NAME : OTHER, noun);
    }
    return new Asked(OTHER, null);
  }

  /** The kind a noun names, singular or plural, or null. */
  static AnswerKind noun(String noun) {
    AnswerKind kind = NOUNS.get(noun);
    if (kind == null && noun.endsWith("s")) {
      kind = NOUNS.get(noun.substring(0, noun.length() - 1));
    }
    return kind;
  }

  /** Whether an answer of this kind is a name: who, which company, where. */
  boolean named() {
    return this == PERSON || this == ORGANISATION || this == PLACE || this == NAME;
  }
}
