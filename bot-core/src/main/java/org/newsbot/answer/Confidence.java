package org.newsbot.answer;

import java.util.List;

/**
 * How sure an answer is, from the weighed candidates as a whole: the best one's score, how far it
 * stands above the best of another article, how many articles say something as good, and what the
 * best one holds (an answer of the kind asked for near the question's words, the question's names).
 * The model's confidence weights turn these into the one probability that decides whether to answer.
 */
enum Confidence {
  TOP_LOGIT("top_logit"),
  GAP("gap"),
  SUPPORT("support"),
  TOP_THREE("top_three"),
  KIND_NEAR("kind_near"),
  KIND("kind"),
  FOCUS("focus"),
  NAMES_ARTICLE("names_article"),
  TERMS_ARTICLE("terms_article"),
  MEANING_PASSAGE("meaning_passage"),
  KIND_ANY("kind_any");

  final String key;

  Confidence(String key) {
    this.key = key;
  }

  static final int COUNT = values().length;

  /** A candidate as confidence sees it: its features, its probability and its article. */
  record Scored(double[] features, double probability, String article) {}

  /** The features of a question's candidates, best first. */
  static double[] of(List<Scored> ranked) {
    double[] x = new double[COUNT];
    if (ranked.isEmpty()) {
      return x;
    }
    Scored top = ranked.getFirst();
    double p = Math.min(Math.max(top.probability(), 1e-6), 1 - 1e-6);
    x[TOP_LOGIT.ordinal()] = Math.log(p / (1 - p));
    double other = 0;
    java.util.Set<String> supporting = new java.util.HashSet<>();
    double topThree = 0;
    int counted = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Scored candidate : ranked) {
      boolean otherArticle = !candidate.article().equals(top.article());
      if (otherArticle && other == 0) {
        other = candidate.probability();
      }
      if (otherArticle && candidate.probability() >= 0.5 * top.probability()) {
        supporting.add(candidate.article());
      }
      if (counted < 3 && seen.add(candidate.article())) {
        topThree += candidate.probability();
        counted++;
      }
    }
    x[GAP.ordinal()] = top.probability() - other;
    x[SUPPORT.ordinal()] = Math.min(3, supporting.size()) / 3.0;
    x[TOP_THREE.ordinal()] = topThree / 3;
    x[KIND_NEAR.ordinal()] = top.features()[Feature.KIND_NEAR.ordinal()];
    x[KIND.ordinal()] = top.features()[Feature.KIND.ordinal()];
    x[FOCUS.ordinal()] = top.features()[Feature.FOCUS.ordinal()];
    x[NAMES_ARTICLE.ordinal()] = top.features()[Feature.NAMES_ARTICLE.ordinal()];
    x[TERMS_ARTICLE.ordinal()] = top.features()[Feature.TERMS_ARTICLE.ordinal()];
    x[MEANING_PASSAGE.ordinal()] = top.features()[Feature.MEANING_PASSAGE.ordinal()];
    x[KIND_ANY.ordinal()] = top.features()[Feature.KIND_ANY.ordinal()];
    return x;
  }
}
