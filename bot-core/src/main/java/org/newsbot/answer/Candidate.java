package org.newsbot.answer;

import java.util.Set;

/**
 * A sentence, or a sentence and the next one that holds its answer, weighed as a claim.
 *
 * @param view the article
 * @param first the sentence that matched
 * @param last the last sentence of the claim ({@code first} or the one after)
 * @param features the evidence, indexed by {@link Feature#ordinal()}
 * @param embedded whether the article has embeddings: which weights score it
 * @param probability the model's probability that the claim answers
 * @param value the figure or date the claim gives, for finding disagreement, or null
 */
record Candidate(ArticleView view, int first, int last, double[] features, boolean embedded, double probability,
    String value) {

  String text() {
    if (first == last) {
      return view.sentences.get(first);
    }
    return view.sentences.get(first) + " " + view.sentences.get(last);
  }

  Set<String> terms() {
    return view.sentenceTerms.get(first);
  }

  long articleId() {
    return view.article.id();
  }

  Candidate scored(double p) {
    return new Candidate(view, first, last, features, embedded, p, value);
  }

  double feature(Feature feature) {
    return features[feature.ordinal()];
  }
}
