package org.newsbot.answer;

import java.util.Set;

/** A sentence considered for an answer, with the evidence of how well it answers. */
final class Candidate {
  final ArticleView view;
  final int sentence;
  final double articleCoverage;
  final double focusCoverage;
  final boolean fits;
  /** Whether the sentence names the kind of answer asked for and gives one ("at Baghdad airport"). */
  final boolean namesKind;
  final double semantic;
  final double score;
  /** The figure or date the sentence gives for the question, when the question asks for one. */
  final String value;

  Candidate(ArticleView view, int sentence, double articleCoverage, double focusCoverage, boolean fits,
      boolean namesKind, double semantic, double score, String value) {
    this.view = view;
    this.sentence = sentence;
    this.articleCoverage = articleCoverage;
    this.focusCoverage = focusCoverage;
    this.fits = fits;
    this.namesKind = namesKind;
    this.semantic = semantic;
    this.score = score;
    this.value = value;
  }

  String text() {
    return view.sentences.get(sentence);
  }

  Set<String> terms() {
    return view.sentenceTerms.get(sentence);
  }

  long articleId() {
    return view.article.id();
  }
}
