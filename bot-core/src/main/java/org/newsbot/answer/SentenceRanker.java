package org.newsbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbot.index.PassageIndex;

/**
 * Weighs every sentence of the retrieved articles as an answer. An article must be about the
 * question's subject (hold most of its words and names); within it, a sentence must say what the
 * question singles out (its words that are not the article's topic), hold the kind of fact asked
 * for, and, when it shares few of the question's words, be close in meaning.
 */
final class SentenceRanker {
  /** Share of the question's weighted words that an answering article must contain. */
  static final double MIN_ARTICLE_COVERAGE = 0.7;
  /** Share of the question's specific words (weighted by rarity in the article) a sentence must hold. */
  static final double MIN_FOCUS_COVERAGE = 0.3;
  /** Share of the names in a question (weighted) that an answering article must contain. */
  static final double MIN_NAME_COVERAGE = 0.6;
  /** Closeness of meaning above which a sentence may answer with fewer of the question's words. */
  static final double SEMANTIC_MATCH = 0.6;
  /** How much a word of the article's topic counts towards singling out a sentence. */
  static final double TOPIC_WEIGHT = 0.25;

  /** Kinds of question whose category a sentence must name. */
  private static final Set<QuestionType> KIND_NAMED = Set.of(QuestionType.PERSON, QuestionType.PLACE, QuestionType.OTHER);
  /** Kinds whose category a new name satisfies: "which militant group" is answered by "Islamic State". */
  private static final Set<QuestionType> NAMED_KINDS = Set.of(QuestionType.PERSON, QuestionType.PLACE);

  /** How close a sentence outside the embedded passages is taken to be, as a share of its article's closeness. */
  static final double UNEMBEDDED_SHARE = 0.8;
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
    double total = question.concepts().stream().mapToDouble(c -> retrieval.idf().get(c.stem())).sum();
    Map<Long, List<PassageIndex.ChunkHit>> meaning = new java.util.HashMap<>();
    if (retrieval.vector() != null) {
      for (PassageIndex.ChunkHit hit : index.similarities(retrieval.articles().keySet(), retrieval.vector())) {
        meaning.computeIfAbsent(hit.articleId(), id -> new ArrayList<>()).add(hit);
      }
    }
    List<Candidate> ranked = new ArrayList<>();
    for (ArticleView view : views.get(retrieval.articles().keySet())) {
      if (!question.time().contains(view.article.published())) {
        continue;
      }
      double covered = 0;
      double names = 0;
      double namesTotal = 0;
      double[] focus = new double[question.concepts().size()];
      for (int c = 0; c < focus.length; c++) {
        Concept concept = question.concepts().get(c);
        double weight = retrieval.idf().get(concept.stem());
        boolean present = concept.in(view.allTerms);
        if (present || question.category().contains(concept.stem())) {
          covered += weight; // the kind of answer wanted need not be named by the article
        }
        if (question.names().contains(concept.stem())) {
          namesTotal += weight;
          names += present ? weight : 0;
        }
        // words of the title, the lead or many sentences are the article's topic; the rest single out
        // a sentence. A word the article lacks keeps its weight: what it asks for is not there.
        // The kind of answer ("which district", "what year") is weighed apart: a sentence shows it
        // by naming one, or by a figure or a date.
        focus[c] = question.category().contains(concept.stem()) ? 0
            : present && view.topic(concept) ? TOPIC_WEIGHT * weight : weight;
      }
      double articleCoverage = covered / total;
      double focusTotal = java.util.Arrays.stream(focus).sum();
      if (focusTotal == 0) {
        // every word of the question is the article's topic: any sentence holding them may answer
        for (int c = 0; c < focus.length; c++) {
          focus[c] = retrieval.idf().get(question.concepts().get(c).stem());
        }
        focusTotal = java.util.Arrays.stream(focus).sum();
      }
      List<PassageIndex.ChunkHit> chunks = meaning.getOrDefault(view.article.id(), List.of());
      double articleMeaning = chunks.stream().mapToDouble(PassageIndex.ChunkHit::similarity).max().orElse(0);
      boolean aboutIt = articleCoverage >= MIN_ARTICLE_COVERAGE
          || articleMeaning >= SEMANTIC_MATCH && articleCoverage >= MIN_ARTICLE_COVERAGE * 0.6;
      if (!aboutIt || focusTotal == 0 || namesTotal > 0 && names / namesTotal < MIN_NAME_COVERAGE) {
        continue;
      }
      List<Concept> focusConcepts = focusConcepts(question.concepts(), focus, view);
      List<Concept> asked = asked(question, view);
      List<Concept> kind = kind(question);
      double hitShare = retrieval.articles().get(view.article.id());
      for (int s = 0; s < view.sentences.size(); s++) {
        double inSentence = 0;
        for (int c = 0; c < focus.length; c++) {
          Concept concept = question.concepts().get(c);
          if (concept.in(view.sentenceTerms.get(s))) {
            inSentence += focus[c];
          } else if (s > 0 && concept.in(view.sentenceTerms.get(s - 1))
              || s + 1 < view.sentences.size() && concept.in(view.sentenceTerms.get(s + 1))) {
            inSentence += 0.3 * focus[c];
          }
        }
        double focusCoverage = inSentence / focusTotal;
        // a sentence beyond the embedded passages is taken to be as close as its article, a little less
        double semantic = closeness(chunks, s).orElse(UNEMBEDDED_SHARE * articleMeaning);
        boolean close = semantic >= SEMANTIC_MATCH;
        boolean specific = focusCoverage >= MIN_FOCUS_COVERAGE && mentionsAny(focusConcepts, view.sentenceTerms.get(s));
        String text = view.sentences.get(s);
        boolean fits = Facts.fits(question.type(), text, question.ownWords());
        boolean namesKind = mentionsAny(kind, view.sentenceTerms.get(s))
            && (!Measures.measured(kind) || Measures.given(kind, text, question.ownWords()));
        boolean saysWhat = question.type() != QuestionType.PERSON || saysWhat(question, asked, view.sentenceTerms.get(s));
        if (!saysWhat && !(namesKind && Facts.fits(question.type(), text, question.ownWords()))) {
          continue; // who did what: the sentence must say the what, or name one of the kind asked for
        }
        String value = Values.of(question.type(), text,
            question.counted().isEmpty() ? focusConcepts : question.counted(), question.ownWords());
        // a figure next to what the question counts answers it, however much the rest is topic
        boolean counts = value != null && !question.counted().isEmpty();
        // a sentence that names the kind asked for, or says what the person asked about did and
        // names someone, answers with fewer of the question's words than others
        boolean says = namesKind || question.type() == QuestionType.PERSON && !question.predicate().isEmpty()
            && saysWhat && fits;
        if (!specific && !counts && !((close || says) && focusCoverage > 0)) {
          continue;
        }
        if (!answersKind(question.type(), fits, value)) {
          continue;
        }
        if (question.type() == QuestionType.PERSON && !fits) {
          continue; // "who" is answered by a name the question does not hold
        }
        if (!kind.isEmpty() && !namesKind && !(fits && NAMED_KINDS.contains(question.type()))
            && !Measures.given(kind, text, question.ownWords())) {
          continue; // "what illness", "which district": the sentence must name one, a new name or a figure
        }
        int words = text.split("\\s+").length;
        double score = 0.35 * articleCoverage + 0.45 * focusCoverage + (fits ? 0.12 : 0) + 0.05 * hitShare
            + (namesKind ? 0.1 : 0)
            + 0.3 * Math.max(0, semantic)
            - (words < 6 || words > 60 ? 0.05 : 0) - (looksLikeHeading(text) ? 0.1 : 0);
        ranked.add(new Candidate(view, s, articleCoverage, focusCoverage, fits,
            namesKind && saysWhat && !Measures.measured(kind) && (fits || question.type() == QuestionType.OTHER),
            semantic, score, value));
      }
    }
    if (ranked.stream().anyMatch(c -> c.namesKind)) {
      ranked.removeIf(c -> !c.namesKind); // where the articles say "Baghdad International Airport", "in Iraq" is not the answer
    }
    ranked.sort(question.time().latestFirst() ? NEWEST_THEN_BEST : BEST_THEN_NEWEST);
    return ranked;
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

  /** The question's words beyond the article's topic and the kind of answer it names. */
  private static List<Concept> asked(Question question, ArticleView view) {
    List<Concept> asked = new ArrayList<>();
    for (Concept concept : question.concepts()) {
      boolean present = concept.in(view.allTerms);
      if (!(present && view.topic(concept)) && !question.category().contains(concept.stem())) {
        asked.add(concept);
      }
    }
    return asked;
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

  /** A count needs a figure, a date question a date; other kinds prefer but do not need their fact. */
  private static boolean answersKind(QuestionType type, boolean fits, String value) {
    return switch (type) {
      case COUNT -> value != null;
      case DATE, AGE -> fits;
      default -> true;
    };
  }

  /** The closeness of the question to the chunk that holds sentence {@code s}, if one does. */
  private static java.util.OptionalDouble closeness(List<PassageIndex.ChunkHit> chunks, int s) {
    return chunks.stream().filter(chunk -> chunk.from() <= s && s <= chunk.to())
        .mapToDouble(PassageIndex.ChunkHit::similarity).max();
  }

  private static boolean mentionsAny(List<Concept> concepts, Set<String> terms) {
    for (Concept concept : concepts) {
      if (concept.in(terms)) {
        return true;
      }
    }
    return false;
  }

  /** The question's most specific words present in the article: an answer must say one of them. */
  private static List<Concept> focusConcepts(List<Concept> concepts, double[] focus, ArticleView view) {
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
