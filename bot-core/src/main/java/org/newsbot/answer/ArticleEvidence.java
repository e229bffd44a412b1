package org.newsbot.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.newsbot.index.PassageIndex;

/**
 * How well one article covers a question: the share of the question's words it holds, and the
 * weight each word has in singling out a sentence. Words of the title, the lead or many sentences
 * are the article's topic and weigh little; the rest single out the sentence that answers.
 */
final class ArticleEvidence {
  /** Share of the question's weighted words that an answering article must contain. */
  static final double MIN_ARTICLE_COVERAGE = 0.7;
  /** Share of the names in a question (weighted) that an answering article must contain. */
  static final double MIN_NAME_COVERAGE = 0.6;
  /** How much a word of the article's topic counts towards singling out a sentence. */
  static final double TOPIC_WEIGHT = 0.25;
  /** How close a sentence outside the embedded passages is taken to be, as a share of its article's closeness. */
  static final double UNEMBEDDED_SHARE = 0.8;
  /** How much a question word in a neighbouring sentence counts: "He" often continues the last one. */
  private static final double NEIGHBOUR_WEIGHT = 0.3;

  final ArticleView view;
  /** Share of the question's weighted words in the article. */
  final double coverage;
  /** Closeness of the question to the article's closest embedded passage. */
  final double meaning;
  /** The question's most specific words present in the article: an answer must say one of them. */
  final List<Concept> focusConcepts;
  /** The question's words beyond the article's topic and the kind of answer it names. */
  final List<Concept> asked;
  private final Question question;
  private final double[] focus;
  private final double focusTotal;
  private final List<PassageIndex.ChunkHit> chunks;

  private ArticleEvidence(Question question, ArticleView view, double coverage, double[] focus,
      List<PassageIndex.ChunkHit> chunks) {
    this.question = question;
    this.view = view;
    this.coverage = coverage;
    this.focus = focus;
    this.focusTotal = Arrays.stream(focus).sum();
    this.chunks = chunks;
    this.meaning = chunks.stream().mapToDouble(PassageIndex.ChunkHit::similarity).max().orElse(0);
    this.focusConcepts = focusConcepts();
    this.asked = asked();
  }

  /** The evidence of {@code view}, or null when the article is not about the question's subject. */
  static ArticleEvidence weigh(Question question, Retrieval retrieval, ArticleView view,
      List<PassageIndex.ChunkHit> chunks) {
    List<Concept> concepts = question.concepts();
    double total = concepts.stream().mapToDouble(c -> retrieval.idf().get(c.stem())).sum();
    double covered = 0;
    double names = 0;
    double namesTotal = 0;
    double[] focus = new double[concepts.size()];
    for (int c = 0; c < focus.length; c++) {
      Concept concept = concepts.get(c);
      double weight = retrieval.idf().get(concept.stem());
      boolean present = concept.in(view.allTerms);
      boolean kind = question.category().contains(concept.stem());
      if (present || kind) {
        covered += weight; // the kind of answer wanted need not be named by the article
      }
      if (question.names().contains(concept.stem())) {
        namesTotal += weight;
        names += present ? weight : 0;
      }
      // A word the article lacks keeps its weight: what it asks for is not there. The kind of answer
      // ("which district", "what year") is weighed apart: a sentence shows it by naming one, or by a
      // figure or a date.
      focus[c] = kind ? 0 : present && view.topic(concept) ? TOPIC_WEIGHT * weight : weight;
    }
    if (Arrays.stream(focus).sum() == 0) {
      // every word of the question is the article's topic: any sentence holding them may answer
      for (int c = 0; c < focus.length; c++) {
        focus[c] = retrieval.idf().get(concepts.get(c).stem());
      }
    }
    ArticleEvidence evidence = new ArticleEvidence(question, view, covered / total, focus, chunks);
    boolean aboutIt = evidence.coverage >= MIN_ARTICLE_COVERAGE
        || evidence.meaning >= SentenceRanker.SEMANTIC_MATCH && evidence.coverage >= MIN_ARTICLE_COVERAGE * 0.6;
    boolean named = (namesTotal == 0 || names / namesTotal >= MIN_NAME_COVERAGE) && !contradicted(question, view);
    return aboutIt && named && evidence.focusTotal > 0 ? evidence : null;
  }

  /** Whether the article names something else in a frame the question fills: Physics for Chemistry. */
  private static boolean contradicted(Question question, ArticleView view) {
    if (question.framedNames().isEmpty()) {
      return false;
    }
    String text = view.article.title() + "\n" + view.article.body();
    return question.framedNames().stream().anyMatch(name -> name.contradictedBy(text));
  }

  /**
   * Whether the article's meaning is near the question's, or unknown (not embedded yet): then a
   * sentence may answer with few of the question's words.
   */
  boolean nearInMeaning() {
    return chunks.isEmpty() || meaning >= SentenceRanker.SEMANTIC_MATCH / 2;
  }

  /** The share of the question's specific words in sentence {@code s}, counting its neighbours a little. */
  double focusCoverage(int s) {
    List<Set<String>> terms = view.sentenceTerms;
    double inSentence = 0;
    for (int c = 0; c < focus.length; c++) {
      Concept concept = question.concepts().get(c);
      if (concept.in(terms.get(s))) {
        inSentence += focus[c];
      } else if (s > 0 && concept.in(terms.get(s - 1)) || s + 1 < terms.size() && concept.in(terms.get(s + 1))) {
        inSentence += NEIGHBOUR_WEIGHT * focus[c];
      }
    }
    return inSentence / focusTotal;
  }

  /**
   * The closeness of the question to the passage that holds sentence {@code s}; a sentence beyond
   * the embedded passages is taken to be as close as its article, a little less.
   */
  double closeness(int s) {
    OptionalDouble chunk = chunks.stream().filter(hit -> hit.from() <= s && s <= hit.to())
        .mapToDouble(PassageIndex.ChunkHit::similarity).max();
    return chunk.orElse(UNEMBEDDED_SHARE * meaning);
  }

  private List<Concept> focusConcepts() {
    List<Concept> concepts = question.concepts();
    double max = 0;
    for (int c = 0; c < focus.length; c++) {
      if (concepts.get(c).in(view.allTerms)) {
        max = Math.max(max, focus[c]);
      }
    }
    List<Concept> result = new ArrayList<>();
    for (int c = 0; c < focus.length; c++) {
      if (focus[c] > 0 && focus[c] >= 0.6 * max && concepts.get(c).in(view.allTerms)) {
        result.add(concepts.get(c));
      }
    }
    return result;
  }

  private List<Concept> asked() {
    List<Concept> result = new ArrayList<>();
    for (Concept concept : question.concepts()) {
      boolean present = concept.in(view.allTerms);
      if (!(present && view.topic(concept)) && !question.category().contains(concept.stem())) {
        result.add(concept);
      }
    }
    return result;
  }
}
