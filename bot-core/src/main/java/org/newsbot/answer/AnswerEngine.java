package org.newsbot.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.newsbot.article.Article;
import org.newsbot.index.NewsAnalyzer;
import org.newsbot.index.Passage;
import org.newsbot.index.PassageHit;
import org.newsbot.index.PassageIndex;
import org.newsbot.store.ArticleStore;

/**
 * Answers questions extractively: finds the sentences that best answer a question, prefers several
 * outlets, merges sentences that say the same thing into one claim citing all of them, and declines
 * when no sentence answers well enough.
 */
public final class AnswerEngine {
  static final String NOT_ANSWERED = "The indexed articles don't say.";
  static final String NOTHING_INDEXED =
      "No articles are indexed yet, so there is nothing to answer from. Import some first.";

  private static final int CANDIDATES = 80;
  private static final int MAX_ARTICLES = 30;
  private static final int MAX_CLAIMS = 3;
  /** Share of the question's weighted terms that the sentence and its article must cover. */
  private static final double MIN_COVERAGE = 0.62;
  /** Share that the sentence itself must cover. */
  private static final double MIN_SENTENCE_COVERAGE = 0.3;
  private static final double KEEP_RATIO = 0.72;
  private static final double SAME_CLAIM = 0.5;

  private final PassageIndex index;
  private final ArticleStore articles;
  private final ArticleTerms articleTerms;

  public AnswerEngine(PassageIndex index, ArticleStore articles) {
    this.index = index;
    this.articles = articles;
    this.articleTerms = new ArticleTerms(2048);
  }

  public Answer ask(String questionText) {
    Question question = Question.parse(questionText);
    if (question.terms().isEmpty()) {
      return Answer.unanswered(question.text(), NOT_ANSWERED);
    }
    Retrieval retrieval = index.withSearcher(searcher -> retrieve(searcher, question));
    if (retrieval.documents == 0) {
      return Answer.unanswered(question.text(), NOTHING_INDEXED);
    }
    List<Candidate> candidates = score(question, retrieval);
    List<Candidate> eligible = candidates.stream().filter(c -> c.eligible).toList();
    if (eligible.isEmpty()) {
      return Answer.unanswered(question.text(), NOT_ANSWERED);
    }
    return compose(question, select(eligible));
  }

  private record Retrieval(List<PassageHit> hits, Map<String, Double> idf, int documents) {}

  private Retrieval retrieve(IndexSearcher searcher, Question question) throws java.io.IOException {
    int documents = searcher.getIndexReader().numDocs();
    Map<String, Double> idf = new HashMap<>();
    for (String term : question.terms()) {
      int df = searcher.getIndexReader().docFreq(new Term(PassageIndex.TEXT, term));
      idf.put(term, Math.log(1 + (documents - df + 0.5) / (df + 0.5)));
    }
    if (documents == 0) {
      return new Retrieval(List.of(), idf, 0);
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String term : question.terms()) {
      query.add(new TermQuery(new Term(PassageIndex.TEXT, term)), BooleanClause.Occur.SHOULD);
      query.add(new BoostQuery(new TermQuery(new Term(PassageIndex.CONTEXT, term)), 0.3f),
          BooleanClause.Occur.SHOULD);
      query.add(new BoostQuery(new TermQuery(new Term(PassageIndex.TITLE, term)), 0.3f),
          BooleanClause.Occur.SHOULD);
    }
    List<String> terms = question.terms();
    for (int i = 0; i + 1 < terms.size(); i++) {
      Query pair = new PhraseQuery(2, PassageIndex.TEXT, terms.get(i), terms.get(i + 1));
      query.add(new BoostQuery(pair, 0.5f), BooleanClause.Occur.SHOULD);
    }
    List<PassageHit> hits = index.search(query.build(), CANDIDATES);
    return new Retrieval(hits, idf, documents);
  }

  /** A sentence considered for the answer, with how well it answers. */
  private static final class Candidate {
    final Passage passage;
    final Set<String> terms;
    double score;
    boolean eligible;

    Candidate(Passage passage, Set<String> terms) {
      this.passage = passage;
      this.terms = terms;
    }
  }

  private List<Candidate> score(Question question, Retrieval retrieval) {
    List<PassageHit> hits = retrieval.hits();
    if (hits.isEmpty()) {
      return List.of();
    }
    Set<Long> articleIds = new LinkedHashSet<>();
    for (PassageHit hit : hits) {
      if (articleIds.size() < MAX_ARTICLES) {
        articleIds.add(hit.passage().articleId());
      }
    }
    Map<Long, Set<String>> bodies = articleTerms.get(articleIds, this::load);
    double totalWeight = question.terms().stream().mapToDouble(retrieval.idf()::get).sum();
    float best = hits.getFirst().score();
    List<Candidate> candidates = new ArrayList<>();
    for (PassageHit hit : hits) {
      Passage passage = hit.passage();
      Set<String> body = bodies.get(passage.articleId());
      if (body == null) {
        continue; // removed since it was indexed, or beyond the articles considered
      }
      Candidate candidate = new Candidate(passage, new HashSet<>(NewsAnalyzer.terms(passage.text())));
      Set<String> title = new HashSet<>(NewsAnalyzer.terms(passage.title() == null ? "" : passage.title()));
      double covered = 0;
      double inSentence = 0;
      for (String term : question.terms()) {
        double weight = retrieval.idf().get(term);
        if (candidate.terms.contains(term)) {
          covered += weight;
          inSentence += weight;
        } else if (title.contains(term)) {
          covered += 0.6 * weight;
        } else if (body.contains(term)) {
          covered += 0.45 * weight;
        }
      }
      double coverage = covered / totalWeight;
      double sentenceCoverage = inSentence / totalWeight;
      boolean fits = Facts.fits(question.type(), passage.text());
      int words = passage.text().split("\\s+").length;
      candidate.score = 0.5 * coverage + 0.3 * sentenceCoverage + 0.1 * hit.score() / best
          + (fits ? 0.1 : 0) - (words < 6 || words > 55 ? 0.05 : 0);
      boolean needsFit = question.type() == QuestionType.COUNT || question.type() == QuestionType.DATE;
      candidate.eligible = coverage >= MIN_COVERAGE && sentenceCoverage >= MIN_SENTENCE_COVERAGE
          && (fits || !needsFit);
      candidates.add(candidate);
    }
    candidates.sort(BY_SCORE_THEN_NEWER);
    return candidates;
  }

  private static final Comparator<Candidate> BY_SCORE_THEN_NEWER =
      Comparator.<Candidate>comparingDouble(c -> -c.score)
          .thenComparing(c -> c.passage.published(), Comparator.nullsLast(Comparator.reverseOrder()));

  private Map<Long, String> load(Collection<Long> ids) {
    Map<Long, String> texts = new HashMap<>();
    for (Article article : articles.find(ids).values()) {
      texts.put(article.id(), article.title() + "\n" + article.body());
    }
    return texts;
  }

  /** A claim being assembled: its best sentence and every passage that states it. */
  private static final class Draft {
    final Candidate lead;
    final List<Passage> support = new ArrayList<>();

    Draft(Candidate lead) {
      this.lead = lead;
      support.add(lead.passage);
    }

    boolean cites(long articleId) {
      return support.stream().anyMatch(p -> p.articleId() == articleId);
    }
  }

  /**
   * Takes the best sentences, at most one per article while others qualify; a sentence that
   * restates an earlier one from another article becomes a further source of that claim.
   */
  private static List<Draft> select(List<Candidate> eligible) {
    double floor = eligible.getFirst().score * KEEP_RATIO;
    List<Draft> drafts = new ArrayList<>();
    Set<Long> usedArticles = new HashSet<>();
    List<Candidate> deferred = new ArrayList<>();
    for (Candidate candidate : eligible) {
      if (candidate.score < floor) {
        break;
      }
      Draft same = drafts.stream().filter(d -> sameStatement(d.lead, candidate)).findFirst().orElse(null);
      if (same != null) {
        if (!same.cites(candidate.passage.articleId())) {
          same.support.add(candidate.passage);
        }
        continue;
      }
      if (usedArticles.contains(candidate.passage.articleId())) {
        deferred.add(candidate);
        continue;
      }
      if (drafts.size() < MAX_CLAIMS) {
        drafts.add(new Draft(candidate));
        usedArticles.add(candidate.passage.articleId());
      }
    }
    for (Candidate candidate : deferred) {
      if (drafts.size() >= MAX_CLAIMS) {
        break;
      }
      if (drafts.stream().noneMatch(d -> sameStatement(d.lead, candidate))) {
        drafts.add(new Draft(candidate));
      }
    }
    return drafts;
  }

  static boolean sameStatement(Candidate a, Candidate b) {
    return similarity(a.terms, b.terms) >= SAME_CLAIM;
  }

  /** Jaccard overlap, or containment of the shorter sentence in the longer. */
  static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String term : a) {
      if (b.contains(term)) {
        shared++;
      }
    }
    double jaccard = (double) shared / (a.size() + b.size() - shared);
    double containment = (double) shared / Math.min(a.size(), b.size());
    return Math.max(jaccard, containment >= 0.85 && Math.min(a.size(), b.size()) >= 5 ? containment : 0);
  }

  private static Answer compose(Question question, List<Draft> drafts) {
    Map<Long, SourceRef> refs = new LinkedHashMap<>();
    List<Claim> claims = new ArrayList<>();
    for (Draft draft : drafts) {
      List<Integer> cited = new ArrayList<>();
      for (Passage passage : draft.support) {
        SourceRef ref = refs.computeIfAbsent(passage.articleId(), id -> new SourceRef(refs.size() + 1,
            Long.toString(id), passage.outlet(), passage.title(), passage.url(), passage.published()));
        cited.add(ref.ref());
      }
      claims.add(new Claim(draft.lead.passage.text(), cited));
    }
    List<SourceRef> sources = List.copyOf(refs.values());
    List<Conflict> conflicts = List.of();
    return new Answer(question.text(), true, claims, sources, conflicts,
        AnswerText.render(claims, sources, conflicts));
  }
}
