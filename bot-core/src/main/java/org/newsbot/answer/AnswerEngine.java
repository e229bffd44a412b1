package org.newsbot.answer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsbot.index.Embedder;
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

  private static final int MAX_CLAIMS = 3;
  /** Sentences within this share of the best answer's score are weighed for disagreeing values. */
  static final double CONFLICT_RATIO = 0.5;

  private final Retriever retriever;
  private final SentenceRanker ranker;
  private final Clock clock;

  /** {@code embedder} may be null: then answers rest on keywords alone. */
  public AnswerEngine(PassageIndex index, ArticleStore articles, Embedder embedder) {
    this(index, articles, embedder, Clock.systemDefaultZone());
  }

  AnswerEngine(PassageIndex index, ArticleStore articles, Embedder embedder, Clock clock) {
    this.retriever = new Retriever(index, embedder);
    this.ranker = new SentenceRanker(index, new ArticleViews(articles, 4096));
    this.clock = clock;
  }

  public Answer ask(String questionText) {
    Question question = Question.parse(questionText, LocalDate.now(clock));
    if (question.concepts().isEmpty()) {
      return Answer.unanswered(question.text(), NOT_ANSWERED);
    }
    Retrieval retrieval = retriever.retrieve(question);
    if (retrieval.documents() == 0) {
      return Answer.unanswered(question.text(), NOTHING_INDEXED);
    }
    List<Candidate> ranked = ranker.rank(question, retrieval);
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
    Retrieval retrieval = retriever.retrieve(question);
    List<String> lines = new ArrayList<>();
    lines.add("type " + question.type() + ", concepts " + question.concepts().stream().map(Concept::stem).toList()
        + ", names " + question.names() + ", kind " + question.category() + ", predicate "
        + question.predicate().stream().map(Concept::stem).toList() + ", articles " + retrieval.articles().keySet());
    double rarest = Math.log(1 + (retrieval.documents() - 0.5) / 1.5);
    Set<Long> described = new java.util.HashSet<>();
    for (Candidate c : ranker.rank(question, retrieval)) {
      if (described.add(c.articleId())) {
        List<String> lacks = question.concepts().stream().filter(concept -> !concept.in(c.view.allTerms))
            .map(concept -> String.format(Locale.ROOT, "%s %.2f", concept.stem(),
                retrieval.idf().get(concept.stem()) / rarest))
            .toList();
        lines.add(String.format(Locale.ROOT, "  article [%d] lacks %s", c.articleId(), lacks));
      }
      lines.add(String.format(Locale.ROOT, "%.3f article %.2f focus %.2f meaning %.2f fits %s value %s [%d] %s",
          c.score, c.articleCoverage, c.focusCoverage, c.semantic, c.fits, c.value, c.articleId(), c.text()));
    }
    return lines;
  }

  private static Answer compose(Question question, List<Candidate> ranked) {
    List<ClaimSelector.Draft> drafts = ClaimSelector.select(ranked, MAX_CLAIMS);
    double floor = ranked.stream().mapToDouble(c -> c.score).max().orElse(0) * CONFLICT_RATIO;
    Map<String, List<Candidate>> disagreement =
        ConflictFinder.disagreement(ranked.stream()
            .filter(c -> c.score >= floor && c.focusCoverage >= SentenceRanker.MIN_FOCUS_COVERAGE).toList());
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
