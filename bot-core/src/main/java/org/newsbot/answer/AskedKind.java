package org.newsbot.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsbot.index.NewsAnalyzer;

/**
 * The words by which a question names the kind of answer it wants: "which [militant group]", "what
 * [illness]", "what is the [capital] of", "Warholm's [winning time]". Articles rarely repeat them;
 * an answering sentence names one of the kind, or gives one.
 */
final class AskedKind {
  /**
   * "Which militant group took ...", "What illness caused ...", "From which city ...": the words
   * after which/what name the kind of answer wanted, and articles rarely repeat them.
   */
  private static final Pattern CATEGORY = Pattern.compile(
      "(?i)^(?:(?:in|from|at|to|for|by|of|on|with|since|until|till|during|after|before|into|near)\\s+)?(?:which|what)\\s+((?:[\\p{L}-]+\\s+){1,3}?)"
          + "(?=(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could|took|won|put|set|led|got|made"
          + "|hit|ran|left|held|paid|said|told|met|became|began|\\p{L}+ed)\\b)");
  /** "What is the capital of ...", "What is the new reserve ratio?": the thing asked for. */
  private static final Pattern CATEGORY_OF = Pattern.compile(
      "(?i)^(?:what|which)\\s+(?:is|was|are|were)\\s+(?:the\\s+)?(?:names?\\s+of\\s+(?:the\\s+|an?\\s+)?)?"
          + "((?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)(?:\\s+(?:of|for|behind)\\b|\\s*[?.!]?$)");
  /** "What was Karsten Warholm's winning time in ...": the thing after the name. */
  private static final Pattern CATEGORY_OF_NAME = Pattern.compile(
      "^(?i:what|which)\\s+(?i:is|was|are|were)\\s+(?:(?i:the)\\s+)?(?:\\p{Lu}[\\p{L}.-]*\\s+){0,4}?\\p{Lu}[\\p{L}.-]*['’]s\\s+"
          + "((?:[\\p{L}-]+\\s+){0,1}?[\\p{L}-]+)(?=\\s+(?i:in|at|on|of|for|during|after|before|against|when)\\b|\\s*[?.!]?$)");
  private static final Set<String> NOT_CATEGORY = Set.of("the", "a", "an", "is", "was", "kind", "type", "of",
      "number", "total", "amount", "name", "names", "sort", "main", "exact");

  private AskedKind() {}

  /** The stems of the words that name the kind of answer {@code question} (the asking sentence) wants. */
  static Set<String> stems(String text, QuestionType type) {
    Set<String> category = new LinkedHashSet<>();
    String question = text.strip();
    if (type == QuestionType.AGE) {
      category.addAll(NewsAnalyzer.terms("age aged old"));
    }
    for (String word : QuestionType.kind(question).split("\\s+")) {
      if (!word.isEmpty() && !NOT_CATEGORY.contains(word)) {
        category.addAll(NewsAnalyzer.terms(word));
      }
    }
    for (Pattern pattern : List.of(CATEGORY, CATEGORY_OF, CATEGORY_OF_NAME)) {
      var matcher = pattern.matcher(question);
      if (matcher.find()) {
        for (String word : matcher.group(1).strip().split("\\s+")) {
          if (!NOT_CATEGORY.contains(word.toLowerCase(Locale.ROOT))) {
            category.addAll(NewsAnalyzer.terms(word));
          }
        }
        break;
      }
    }
    return category;
  }
}
