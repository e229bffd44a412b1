package org.newsbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds where sources disagree on the figure or date a question asks for: two or more plain values
 * ("143" and "144", "March 7" and "March 8") among the sentences that answer it, from different
 * articles.
 */
final class ConflictFinder {
  private ConflictFinder() {}

  /** The values and the candidates giving each, best value first; empty when sources agree. */
  static Map<String, List<Candidate>> disagreement(List<Candidate> answering) {
    Map<String, List<Candidate>> byValue = new LinkedHashMap<>();
    for (Candidate candidate : answering) {
      if (candidate.value() != null) {
        byValue.computeIfAbsent(candidate.value(), v -> new ArrayList<>()).add(candidate);
      }
    }
    Set<String> plain = new LinkedHashSet<>();
    Set<Long> articles = new LinkedHashSet<>();
    for (Map.Entry<String, List<Candidate>> entry : byValue.entrySet()) {
      if (Values.plain(entry.getKey())) {
        plain.add(entry.getKey());
        entry.getValue().forEach(c -> articles.add(c.articleId()));
      }
    }
    if (plain.size() < 2 || articles.size() < 2) {
      return Map.of();
    }
    return byValue;
  }
}
