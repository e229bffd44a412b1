package org.newsbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsbot.index.NewsAnalyzer;

/** A question reduced to what retrieval needs: its kind and its content terms. */
record Question(String text, QuestionType type, List<String> terms) {
  /** Words that shape a question but say nothing about its subject. */
  private static final Pattern FUNCTION_WORDS = Pattern.compile(
      "(?i)\\b(who|whom|whose|what|which|when|where|why|how|many|much|did|does|do|has|have|had"
          + "|was|were|is|are|been|being|according|tell|me|us|about|please|happen|happened|know"
          + "|can|could|would|should|may|might|any|some|there|here|it|its|the|a|an|of|to|in|on|at"
          + "|people|number|total|exactly|actually|really|i|you|we|they)\\b");

  static Question parse(String text) {
    String stripped = FUNCTION_WORDS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
    List<String> terms = new ArrayList<>(new LinkedHashSet<>(NewsAnalyzer.terms(stripped)));
    if (terms.isEmpty()) {
      // a question of function words only ("who is it?"): search with what it has
      terms = new ArrayList<>(new LinkedHashSet<>(NewsAnalyzer.terms(text)));
    }
    return new Question(text.strip(), QuestionType.of(text), List.copyOf(terms));
  }
}
