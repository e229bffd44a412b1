package org.newsbot.answer;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.newsbot.index.Embedder;
import org.newsbot.index.PassageHit;
import org.newsbot.index.PassageIndex;
import org.newsbot.store.ArticleStore;

/**
 * Answers questions extractively. Keyword search finds the articles about the question's subject;
 * within them, the sentences that state what the question asks (its rarer words, the kind of fact
 * it wants) become claims. Sentences that say the same become one claim citing every source;
 * sources that give different figures or dates are shown side by side; and when no sentence
 * answers well enough, the answer says so instead of guessing.
 */
public final class AnswerEngine {
  static final String NOT_ANSWERED = "The indexed articles don't say.";
  static final String NOTHING_INDEXED =
      "No articles are indexed yet, so there is nothing to answer from. Import some first.";

  private static final int HITS = 100;
  private static final int MAX_ARTICLES = 12;
  private static final int MAX_CLAIMS = 3;
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
  /** Sentences within this share of the best answer's score are weighed for disagreeing values. */
  static final double CONFLICT_RATIO = 0.5;
  /** How much the words naming the kind of answer count ("group" in "which militant group"). */
  static final double CATEGORY_WEIGHT = 0.3;
  private static final int NEAREST_CHUNKS = 30;

  private final PassageIndex index;
  private final ArticleViews views;
  private final Embedder embedder;
  private final Clock clock;

  /** {@code embedder} may be null: then answers rest on keywords alone. */
  public AnswerEngine(PassageIndex index, ArticleStore articles, Embedder embedder) {
    this(index, articles, embedder, Clock.systemDefaultZone());
  }

  AnswerEngine(PassageIndex index, ArticleStore articles, Embedder embedder, Clock clock) {
    this.index = index;
    this.views = new ArticleViews(articles, 4096);
    this.embedder = embedder;
    this.clock = clock;
  }

  public Answer ask(String questionText) {
    Question question = Question.parse(questionText, LocalDate.now(clock));
    if (question.concepts().isEmpty()) {
      return Answer.unanswered(question.text(), NOT_ANSWERED);
    }
    Retrieval retrieval = index.withSearcher(searcher -> retrieve(searcher, question));
    if (retrieval.documents() == 0) {
      return Answer.unanswered(question.text(), NOTHING_INDEXED);
    }
    List<Candidate> ranked = rank(question, retrieval);
    if (ranked.isEmpty()) {
      return Answer.unanswered(question.text(), question.time().filters()
          ? "The indexed articles published " + question.time().describe() + " don't say."
          : NOT_ANSWERED);
    }
    return compose(question, ranked);
  }

  /**
   * The sentences considered for an answer with their evidence, best first: for operators who want
   * to see why an answer came out as it did.
   */
  public List<String> explain(String questionText) {
    Question question = Question.parse(questionText, LocalDate.now(clock));
    if (question.concepts().isEmpty()) {
      return List.of();
    }
    Retrieval retrieval = index.withSearcher(searcher -> retrieve(searcher, question));
    List<String> lines = new ArrayList<>();
    lines.add("type " + question.type() + ", concepts " + question.concepts().stream().map(Concept::stem).toList()
        + ", names " + question.names() + ", articles " + retrieval.articles().keySet());
    for (Candidate c : rank(question, retrieval)) {
      lines.add(String.format(Locale.ROOT, "%.3f article %.2f focus %.2f meaning %.2f fits %s value %s [%d] %s",
          c.score, c.articleCoverage, c.focusCoverage, c.semantic, c.fits, c.value, c.articleId(), c.text()));
    }
    return lines;
  }

  /** The articles to read, best first with a 0..1 share of the best, and the question's vector. */
  private record Retrieval(Map<Long, Double> articles, Map<String, Double> idf, int documents, float[] vector) {}

  private Retrieval retrieve(IndexSearcher searcher, Question question) throws IOException {
    var stats = searcher.collectionStatistics(PassageIndex.TEXT);
    int documents = stats == null ? 0 : (int) stats.docCount();
    Map<String, Double> idf = new LinkedHashMap<>();
    for (Concept concept : question.concepts()) {
      int df = searcher.getIndexReader().docFreq(new Term(PassageIndex.TEXT, concept.stem()));
      double weight = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
      // the kind of answer wanted ("which militant group") is seldom in the answering sentence
      idf.put(concept.stem(), question.category().contains(concept.stem()) ? CATEGORY_WEIGHT * weight : weight);
    }
    if (documents == 0) {
      return new Retrieval(Map.of(), idf, 0, null);
    }
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    for (Concept concept : question.concepts()) {
      for (String stem : concept.alternatives()) {
        float weight = stem.equals(concept.stem()) ? 1f : 0.6f;
        words.add(boosted(new TermQuery(new Term(PassageIndex.TEXT, stem)), weight), BooleanClause.Occur.SHOULD);
        words.add(boosted(new TermQuery(new Term(PassageIndex.CONTEXT, stem)), 0.3f * weight),
            BooleanClause.Occur.SHOULD);
        words.add(boosted(new TermQuery(new Term(PassageIndex.TITLE, stem)), 0.3f * weight),
            BooleanClause.Occur.SHOULD);
      }
    }
    Query query = words.build();
    Query timeFilter = timeFilter(question.time());
    if (timeFilter != null) {
      query = new BooleanQuery.Builder()
          .add(query, BooleanClause.Occur.MUST)
          .add(timeFilter, BooleanClause.Occur.FILTER)
          .build();
    }
    // reciprocal rank fusion of keyword and meaning: an article either finds ranks high
    Map<Long, Double> fused = new LinkedHashMap<>();
    int rank = 0;
    for (PassageHit hit : index.search(query, HITS)) {
      if (!fused.containsKey(hit.passage().articleId())) {
        fused.put(hit.passage().articleId(), 1.0 / (RRF_K + rank++));
      }
    }
    float[] vector = null;
    if (embedder != null && index.hasEmbeddings()) {
      vector = embedder.embed(List.of(Lexicon.normalize(question.text())))[0];
      rank = 0;
      Set<Long> seen = new java.util.HashSet<>();
      for (PassageIndex.ChunkHit hit : index.nearest(vector, NEAREST_CHUNKS, timeFilter)) {
        if (seen.add(hit.articleId())) {
          fused.merge(hit.articleId(), 1.0 / (RRF_K + rank++), Double::sum);
        }
      }
    }
    Map<Long, Double> articles = new LinkedHashMap<>();
    double best = fused.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    fused.entrySet().stream()
        .sorted(Map.Entry.<Long, Double>comparingByValue().reversed())
        .limit(MAX_ARTICLES)
        .forEach(e -> articles.put(e.getKey(), e.getValue() / best));
    return new Retrieval(articles, idf, documents, vector);
  }

  private static final int RRF_K = 10;

  private static Query timeFilter(TimeFrame time) {
    if (!time.filters()) {
      return null;
    }
    long from = time.from() == null ? Long.MIN_VALUE : time.from().toEpochDay();
    long to = time.to() == null ? Long.MAX_VALUE : time.to().toEpochDay();
    return LongField.newRangeQuery(PassageIndex.PUBLISHED, from, to);
  }

  private static Query boosted(Query query, float boost) {
    return boost == 1f ? query : new BoostQuery(query, boost);
  }

  /** Every sentence of the retrieved articles that answers, best first. */
  private List<Candidate> rank(Question question, Retrieval retrieval) {
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
        focus[c] = present && view.topic(concept) ? TOPIC_WEIGHT * weight : weight;
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
        double semantic = closeness(chunks, s);
        boolean close = semantic >= SEMANTIC_MATCH;
        boolean specific = focusCoverage >= MIN_FOCUS_COVERAGE && mentionsAny(focusConcepts, view.sentenceTerms.get(s));
        if (question.type() == QuestionType.PERSON && !asked.isEmpty()
            && !mentionsAny(asked, view.sentenceTerms.get(s))) {
          continue; // who did what: the sentence must say the what
        }
        String text = view.sentences.get(s);
        String value = Values.of(question.type(), text,
            question.counted().isEmpty() ? focusConcepts : question.counted(), question.ownWords());
        // a figure next to what the question counts answers it, however much the rest is topic
        boolean counts = value != null && !question.counted().isEmpty();
        if (!specific && !counts && !(close && focusCoverage > 0)) {
          continue;
        }
        boolean fits = Facts.fits(question.type(), text, question.ownWords());
        if (!answersKind(question.type(), fits, value)) {
          continue;
        }
        int words = text.split("\\s+").length;
        double score = 0.35 * articleCoverage + 0.45 * focusCoverage + (fits ? 0.12 : 0) + 0.05 * hitShare
            + 0.3 * Math.max(0, semantic)
            - (words < 6 || words > 60 ? 0.05 : 0) - (looksLikeHeading(text) ? 0.1 : 0);
        ranked.add(new Candidate(view, s, articleCoverage, focusCoverage, fits, semantic, score, value));
      }
    }
    ranked.sort(question.time().latestFirst() ? NEWEST_THEN_BEST : BEST_THEN_NEWEST);
    return ranked;
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

  /** A count needs a figure, a date question a date; other kinds prefer but do not need their fact. */
  private static boolean answersKind(QuestionType type, boolean fits, String value) {
    return switch (type) {
      case COUNT -> value != null;
      case DATE -> fits;
      default -> true;
    };
  }

  /** The closeness of the question to the chunk that holds sentence {@code s}. */
  private static double closeness(List<PassageIndex.ChunkHit> chunks, int s) {
    double best = 0;
    for (PassageIndex.ChunkHit chunk : chunks) {
      if (chunk.from() <= s && s <= chunk.to()) {
        best = Math.max(best, chunk.similarity());
      }
    }
    return best;
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

  private static Answer compose(Question question, List<Candidate> ranked) {
    List<ClaimSelector.Draft> drafts = ClaimSelector.select(ranked, MAX_CLAIMS);
    double floor = ranked.stream().mapToDouble(c -> c.score).max().orElse(0) * CONFLICT_RATIO;
    Map<String, List<Candidate>> disagreement =
        ConflictFinder.disagreement(ranked.stream()
            .filter(c -> c.score >= floor && c.focusCoverage >= MIN_FOCUS_COVERAGE).toList());
    for (String value : disagreement.keySet()) {
      ClaimSelector.ensureValue(drafts, ranked, value);
    }
    Map<Long, SourceRef> refs = new LinkedHashMap<>();
    List<Claim> claims = new ArrayList<>();
    for (ClaimSelector.Draft draft : drafts) {
      List<Integer> cited = new ArrayList<>();
      for (Candidate candidate : draft.support) {
        cited.add(ref(refs, candidate).ref());
      }
      claims.add(new Claim(draft.lead.text(), cited));
    }
    List<Conflict> conflicts = new ArrayList<>();
    if (!disagreement.isEmpty()) {
      List<Conflict.Value> values = new ArrayList<>();
      disagreement.forEach((value, candidates) -> {
        Set<Integer> sources = new java.util.TreeSet<>();
        candidates.forEach(c -> sources.add(ref(refs, c).ref()));
        values.add(new Conflict.Value(value, List.copyOf(sources)));
      });
      conflicts.add(new Conflict(about(question), values));
    }
    List<SourceRef> sources = List.copyOf(refs.values());
    return new Answer(question.text(), true, claims, sources, conflicts,
        AnswerText.render(claims, sources, conflicts));
  }

  private static SourceRef ref(Map<Long, SourceRef> refs, Candidate candidate) {
    var article = candidate.view.article;
    return refs.computeIfAbsent(article.id(), id -> new SourceRef(refs.size() + 1, Long.toString(id),
        article.outlet(), article.title(), article.url(), article.published()));
  }

  /** What sources disagree about, in the question's own words: "how many people died ...". */
  private static String about(Question question) {
    String text = question.text().replaceAll("[?.!\\s]+$", "");
    return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }
}
