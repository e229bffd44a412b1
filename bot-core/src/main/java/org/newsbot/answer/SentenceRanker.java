package org.newsbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbot.index.PassageIndex;

/**
 * Weighs every sentence of the retrieved articles as an answer. An article must be about the
 * question's subject (hold most of its words and names); within it, a sentence must say what the
 * question singles out (its words that are not the article's topic), hold the kind of fact asked
 * for, and, when it shares few of the question's words, be close in meaning or name the kind of
 * thing asked for.
 */
final class SentenceRanker {
  /** Share of the question's specific words (weighted by rarity in the article) a sentence must hold. */
  static final double MIN_FOCUS_COVERAGE = 0.3;
  /** Closeness of meaning above which a sentence may answer with fewer of the question's words. */
  static final double SEMANTIC_MATCH = 0.6;

  /** Kinds of question whose category a sentence must name. */
  private static final Set<QuestionType> KIND_NAMED = Set.of(QuestionType.PERSON, QuestionType.PLACE, QuestionType.OTHER);
  /** Kinds whose category a new name satisfies: "which militant group" is answered by "Islamic State". */
  private static final Set<QuestionType> NAMED_KINDS = Set.of(QuestionType.PERSON, QuestionType.PLACE);

  private static final java.util.regex.Pattern ASKS = java.util.regex.Pattern.compile("\\?[\"'”’)\\]]*\\s*$");

  private final PassageIndex index;
  private final ArticleViews views;

  SentenceRanker(PassageIndex index, ArticleViews views) {
    this.index = index;
    this.views = views;
  }

  /** Every sentence of the retrieved articles that answers, best first. */
  List<Candidate> rank(Question question, Retrieval retrieval) {
    if (retrieval.articles().isEmpty()) {
      return List.of();
    }
    Map<Long, List<PassageIndex.ChunkHit>> meaning = new HashMap<>();
    if (retrieval.vector() != null) {
      for (PassageIndex.ChunkHit hit : index.similarities(retrieval.articles().keySet(), retrieval.vector())) {
        meaning.computeIfAbsent(hit.articleId(), id -> new ArrayList<>()).add(hit);
      }
    }
    List<Concept> kind = kind(question);
    List<Candidate> ranked = new ArrayList<>();
    for (ArticleView view : views.get(retrieval.articles().keySet())) {
      if (!question.time().contains(view.article.published())) {
        continue;
      }
      ArticleEvidence article = ArticleEvidence.weigh(question, retrieval, view,
          meaning.getOrDefault(view.article.id(), List.of()));
      if (article == null) {
        continue;
      }
      double hitShare = retrieval.articles().get(view.article.id());
      for (int s = 0; s < view.sentences.size(); s++) {
        Candidate candidate = judge(question, kind, article, s, hitShare);
        if (candidate != null) {
          ranked.add(candidate);
        }
      }
    }
    if (ranked.stream().anyMatch(c -> c.namesKind)) {
      ranked.removeIf(c -> !c.namesKind); // where the articles say "Baghdad International Airport", "in Iraq" is not the answer
    }
    ranked.sort(question.time().latestFirst() ? NEWEST_THEN_BEST : BEST_THEN_NEWEST);
    return ranked;
  }

  /** Sentence {@code s} of the article as a candidate answer, or null when it does not answer. */
  private static Candidate judge(Question question, List<Concept> kind, ArticleEvidence article, int s,
      double hitShare) {
    ArticleView view = article.view;
    Set<String> terms = view.sentenceTerms.get(s);
    String text = view.sentences.get(s);
    if (ASKS.matcher(text).find()) {
      return null; // a question in an article ("Why make Melbourne the capital?") states nothing
    }
    double focusCoverage = article.focusCoverage(s);
    double semantic = article.closeness(s);
    boolean specific = focusCoverage >= MIN_FOCUS_COVERAGE && mentionsAny(article.focusConcepts, terms);
    boolean fits = Facts.fits(question.type(), text, question.ownWords());
    boolean measured = Measures.measured(kind);
    boolean givesFigure = measured && Measures.given(kind, text, question.ownWords());
    boolean namesKind = mentionsAny(kind, terms) && (!measured || givesFigure);
    boolean saysWhat = question.type() != QuestionType.PERSON || saysWhat(question, article.asked, terms);
    if (!saysWhat && !(namesKind && fits && focusCoverage >= MIN_FOCUS_COVERAGE / 2)) {
      return null; // who did what: the sentence must say the what, or name one of the kind asked for
    }
    String value = Values.of(question.type(), text,
        question.counted().isEmpty() ? article.focusConcepts : question.counted(), question.ownWords());
    // a figure next to what the question counts answers it, however much the rest is topic
    boolean counts = value != null && !question.counted().isEmpty();
    if (question.type() == QuestionType.COUNT && !question.countedOf().isEmpty()
        && !mentionsAny(question.countedOf(), terms)) {
      return null; // "how many tonnes of beef": tonnes of silage are no answer
    }
    // a sentence that names the kind asked for, or says what the person asked about did and names
    // someone, answers with fewer of the question's words than others
    boolean says = namesKind || question.type() == QuestionType.PERSON && !question.predicate().isEmpty()
        && saysWhat && fits;
    boolean close = semantic >= SEMANTIC_MATCH;
    if (!specific && !counts && !(close && focusCoverage > 0)
        && !(says && focusCoverage >= MIN_FOCUS_COVERAGE / 2 && article.nearInMeaning())) {
      return null;
    }
    if (!answersKind(question.type(), fits, value)) {
      return null;
    }
    if (!kind.isEmpty() && !namesKind && !(fits && NAMED_KINDS.contains(question.type()))
        && !givesFigure) {
      return null; // "what illness", "which district": the sentence must name one, a new name or a figure
    }
    int words = text.split("\\s+").length;
    double score = 0.35 * article.coverage + 0.45 * focusCoverage + (fits ? 0.12 : 0) + 0.05 * hitShare
        + (namesKind ? 0.1 : 0)
        + (question.type() == QuestionType.PERSON && !question.predicate().isEmpty() && saysWhat ? 0.15 : 0)
        + (question.type() == QuestionType.DATE && value != null ? 0.1 : 0) // "May 9" tells more than "today"
        + 0.3 * Math.max(0, semantic)
        - (words < 6 || words > 60 ? 0.05 : 0) - (looksLikeHeading(text) ? 0.1 : 0);
    boolean givesKind = namesKind && saysWhat && !measured
        && (fits || question.type() == QuestionType.OTHER);
    return new Candidate(view, s, article.coverage, focusCoverage, fits, givesKind, semantic, score, value);
  }

  /**
   * Whether a sentence says what the person asked about did: most words of the question's
   * predicate ("claimed responsibility"), or else one of its words beyond the article's topic.
   */
  private static boolean saysWhat(Question question, List<Concept> asked, Set<String> terms) {
    if (question.predicate().isEmpty()) {
      return asked.isEmpty() || mentionsAny(asked, terms);
    }
    long said = question.predicate().stream().filter(concept -> concept.in(terms)).count();
    return 2 * said > question.predicate().size();
  }

  /**
   * The words naming the kind of answer that a sentence must say: "which district", "what
   * illness". Counts, dates and ages show their kind by their figures instead.
   */
  private static List<Concept> kind(Question question) {
    if (!KIND_NAMED.contains(question.type())) {
      return List.of();
    }
    return question.concepts().stream().filter(c -> question.category().contains(c.stem())).toList();
  }

  /**
   * A count needs a figure, a date or age question a date or age, a who question a name; other
   * kinds prefer but do not need their fact.
   */
  private static boolean answersKind(QuestionType type, boolean fits, String value) {
    return switch (type) {
      case COUNT -> value != null;
      case DATE, AGE, PERSON, CAUSE -> fits;
      default -> true;
    };
  }

  private static boolean mentionsAny(List<Concept> concepts, Set<String> terms) {
    for (Concept concept : concepts) {
      if (concept.in(terms)) {
        return true;
      }
    }
    return false;
  }

  private static boolean looksLikeHeading(String text) {
    String t = text.strip();
    char last = t.charAt(t.length() - 1);
    return ".!?\"”’»)".indexOf(last) < 0;
  }

  private static final Comparator<Candidate> NEWER_FIRST = Comparator.comparing(
      (Candidate c) -> c.view.article.published(), Comparator.nullsLast(Comparator.reverseOrder()));
  private static final Comparator<Candidate> BEST_THEN_NEWEST =
      Comparator.<Candidate>comparingDouble(c -> -Math.round(c.score * 1000) / 1000.0).thenComparing(NEWER_FIRST);
  private static final Comparator<Candidate> NEWEST_THEN_BEST =
      NEWER_FIRST.thenComparingDouble(c -> -c.score);
}
