package org.newsbot.answer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsbot.index.Embedder;
import org.newsbot.index.PassageIndex;
import org.newsbot.store.ArticleStore;

/**
 * Answers questions extractively, in stages that each hand the next an immutable value: the
 * question is read ({@link Question}: fillers off, misspellings corrected, the kind of answer
 * wanted), passages are retrieved ({@link Retrieval}), every candidate sentence gets its features
 * ({@link CandidateFinder}) and one probability from a fitted model ({@link AnswerModel}), claims
 * are selected and joined across sources ({@link ClaimSelector}), disagreeing figures found
 * ({@link ConflictFinder}), and the answer rendered. One decision declines: the best claim's
 * probability below the model's threshold.
 */
public final class AnswerEngine {
  static final String NOT_ANSWERED = "The indexed articles don't say.";
  static final String NOTHING_INDEXED =
      "No articles are indexed yet, so there is nothing to answer from. Import some first.";

  private static final int MAX_CLAIMS = 3;
  /** Candidates within this share of the best answer's probability are weighed for disagreeing values. */
  static final double CONFLICT_RATIO = 0.25;

  private final Retriever retriever;
  private final Speller speller;
  private final ArticleViews views;
  private final AnswerModel model;
  private final Clock clock;

  /** {@code embedder} may be null: then answers rest on keywords alone. */
  public AnswerEngine(PassageIndex index, ArticleStore articles, Embedder embedder) {
    this(index, articles, embedder, Clock.systemDefaultZone());
  }

  AnswerEngine(PassageIndex index, ArticleStore articles, Embedder embedder, Clock clock) {
    this.retriever = new Retriever(index, embedder);
    this.speller = new Speller(index);
    this.views = new ArticleViews(articles, 4096);
    this.model = AnswerModel.load();
    this.clock = clock;
  }

  /** The answer to {@code question} as of today. */
  public Answer ask(String question) {
    return ask(question, null);
  }

  /** The answer to {@code question}, "today" being {@code asOf} (null: the clock's today). */
  public Answer ask(String question, LocalDate asOf) {
    return answer(question, asOf, true);
  }

  /**
   * The best answer there is, however low its confidence: for measuring how confidence relates to
   * being right. Unanswered only when nothing at all was found.
   */
  public Answer attempt(String question, LocalDate asOf) {
    return answer(question, asOf, false);
  }

  /** The confidence below which {@link #ask} declines. */
  public double threshold() {
    return model.threshold;
  }

  private Answer answer(String question, LocalDate asOf, boolean decline) {
    Reading reading = read(question, asOf, true);
    if (reading.message != null) {
      return Answer.unanswered(reading.question.text(), reading.message, 0);
    }
    double confidence = reading.confidence;
    if (decline && confidence < model.threshold) {
      return Answer.unanswered(reading.question.text(), NOT_ANSWERED, confidence);
    }
    return compose(reading);
  }

  /** A question read, retrieved for and weighed, with the answer's confidence; or the message that says why not. */
  private record Reading(Question question, List<Candidate> ranked, double confidence, String message) {}

  private Reading read(String text, LocalDate asOf, boolean meaning) {
    LocalDate today = asOf == null ? LocalDate.now(clock) : asOf;
    String cleaned = QuestionFillers.strip(text);
    Speller.Result spelled = speller.correct(cleaned);
    Question question = Question.parse(text, spelled.text(), spelled.corrections(), today);
    if (question.concepts().isEmpty()) {
      return new Reading(question, List.of(), 0, NOT_ANSWERED);
    }
    Retrieval retrieval = retriever.retrieve(question, meaning);
    if (retrieval.documents() == 0) {
      return new Reading(question, List.of(), 0, NOTHING_INDEXED);
    }
    List<Candidate> ranked = new ArrayList<>();
    for (Candidate candidate : CandidateFinder.find(question, retrieval, views.get(retrieval.articles()))) {
      AnswerModel.Weights weights = candidate.embedded() ? model.meaning : model.keywords;
      ranked.add(candidate.scored(weights.probability(candidate.features())));
    }
    ranked.sort(BEST_THEN_NEWEST);
    if (ranked.isEmpty()) {
      return new Reading(question, ranked, 0, NOT_ANSWERED);
    }
    return new Reading(question, ranked, model.confidence.probability(Confidence.of(scored(ranked))), null);
  }

  private Answer compose(Reading reading) {
    Question question = reading.question;
    List<Candidate> ranked = reading.ranked;
    List<String> notes = new ArrayList<>();
    for (Question.Correction correction : question.corrections()) {
      notes.add("(read '" + correction.written() + "' as '" + correction.read() + "')");
    }
    TimeFrame time = question.time();
    if (time.filters()) {
      List<Candidate> within = ranked.stream().filter(c -> time.contains(c.view().article.published())).toList();
      Candidate best = ranked.getFirst();
      if (!within.isEmpty() && model.confidence.probability(Confidence.of(scored(within))) >= model.threshold) {
        ranked = within;
      } else {
        var article = best.view().article;
        notes.add("Nothing published " + time.describe() + " says; "
            + (article.published() == null ? "an undated report" : "on " + article.published()) + ", "
            + org.newsbot.article.Origins.describe(article.outlet(), article.url())
            + " reported:");
      }
    }
    if (time.latestFirst()) {
      double floor = ranked.getFirst().probability() * 0.5;
      ranked = new ArrayList<>(ranked.stream().filter(c -> c.probability() >= floor).toList());
      ranked.sort(NEWEST_THEN_BEST);
    }
    // figures and dates are read only where they can matter: claims, their restatements, conflicts
    double valueFloor = ranked.getFirst().probability() * ClaimSelector.JOIN_RATIO;
    ranked = ranked.stream()
        .map(c -> c.probability() >= valueFloor ? CandidateFinder.withValue(question, c) : c)
        .toList();
    List<ClaimSelector.Draft> drafts = ClaimSelector.select(ranked, MAX_CLAIMS);
    double floor = ranked.getFirst().probability() * CONFLICT_RATIO;
    Map<String, List<Candidate>> disagreement =
        ConflictFinder.disagreement(ranked.stream().filter(c -> c.probability() >= floor).toList());
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
        Set<Integer> sources = new TreeSet<>();
        candidates.forEach(c -> sources.add(ref(refs, c).ref()));
        values.add(new Conflict.Value(value, List.copyOf(sources)));
      });
      conflicts.add(new Conflict(about(question), values));
    }
    List<SourceRef> sources = List.copyOf(refs.values());
    return new Answer(question.text(), true, claims, sources, conflicts,
        AnswerText.render(notes, claims, sources, conflicts), notes, reading.confidence);
  }

  /**
   * Why an answer came out as it did: how the question was read, and the best candidates with each
   * feature's value and its contribution to the score.
   */
  public List<String> explain(String question, LocalDate asOf) {
    Reading reading = read(question, asOf, true);
    Question q = reading.question;
    List<String> lines = new ArrayList<>();
    lines.add("read as: " + q.read() + (q.corrections().isEmpty() ? "" : "  corrections " + q.corrections()));
    lines.add("kind " + q.kind() + (q.asked().noun() == null ? "" : " (named by '" + q.asked().noun() + "')")
        + ", words " + q.concepts().stream().map(Concept::stem).toList() + ", names " + q.names()
        + (q.time().filters() ? ", prefers articles published " + q.time().describe() : "")
        + ", model " + model.version);
    if (reading.message != null) {
      lines.add(reading.message);
      return lines;
    }
    lines.add(String.format(Locale.ROOT, "confidence %.3f, declines below %.3f", reading.confidence,
        model.threshold));
    for (Candidate shown : reading.ranked.subList(0, Math.min(8, reading.ranked.size()))) {
      Candidate c = CandidateFinder.withValue(q, shown);
      AnswerModel.Weights weights = c.embedded() ? model.meaning : model.keywords;
      lines.add(String.format(Locale.ROOT, "%.3f [%d] %s (%s%s)", c.probability(), c.articleId(), c.text(),
          c.embedded() ? "meaning" : "keywords", c.value() == null ? "" : ", gives " + c.value()));
      StringBuilder parts = new StringBuilder("      bias " + String.format(Locale.ROOT, "%+.2f", weights.bias()));
      for (Feature feature : Feature.values()) {
        double value = c.feature(feature);
        if (value != 0) {
          parts.append(String.format(Locale.ROOT, ", %s %.2f (%+.2f)", feature.key, value,
              value * weights.weights()[feature.ordinal()]));
        }
      }
      lines.add(parts.toString());
    }
    return lines;
  }

  /** One candidate claim with its features: what the model is fitted on. */
  public record TrainingRow(double[] features, boolean embedded, String text, String url) {}

  /** The names of the features, in the order of {@link TrainingRow#features()}. */
  public static List<String> featureNames() {
    return Arrays.stream(Feature.values()).map(f -> f.key).toList();
  }

  /** Every candidate claim for {@code question} with its features; by keywords alone unless {@code meaning}. */
  public List<TrainingRow> trainingRows(String question, LocalDate asOf, boolean meaning) {
    Reading reading = read(question, asOf, meaning);
    List<TrainingRow> rows = new ArrayList<>();
    for (Candidate c : reading.ranked) {
      rows.add(new TrainingRow(c.features().clone(), c.embedded(), c.text(), c.view().article.url()));
    }
    return rows;
  }

  private static List<Confidence.Scored> scored(List<Candidate> ranked) {
    return ranked.stream()
        .map(c -> new Confidence.Scored(c.features(), c.probability(), Long.toString(c.articleId())))
        .toList();
  }

  /**
   * The confidence features of a question's candidates, {@code rows} with their probabilities
   * {@code probabilities}, both best first: what the confidence weights are fitted on.
   */
  public static double[] confidenceFeatures(List<TrainingRow> rows, double[] probabilities) {
    List<Confidence.Scored> scored = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      scored.add(new Confidence.Scored(rows.get(i).features(), probabilities[i], rows.get(i).url()));
    }
    return Confidence.of(scored);
  }

  /** The names of the confidence features, in the order of {@link #confidenceFeatures}. */
  public static List<String> confidenceFeatureNames() {
    return Arrays.stream(Confidence.values()).map(f -> f.key).toList();
  }

  private static SourceRef ref(Map<Long, SourceRef> refs, Candidate candidate) {
    var article = candidate.view().article;
    return refs.computeIfAbsent(article.id(), id -> new SourceRef(refs.size() + 1, Long.toString(id),
        article.outlet(), article.title(), article.url(), article.published()));
  }

  /** What sources disagree about, in the question's own words: "how many people died ...". */
  private static String about(Question question) {
    String text = question.read().replaceAll("[?.!\\s]+$", "");
    return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }

  private static final Comparator<Candidate> NEWER_FIRST = Comparator.comparing(
      (Candidate c) -> c.view().article.published(), Comparator.nullsLast(Comparator.reverseOrder()));
  private static final Comparator<Candidate> BEST_THEN_NEWEST =
      Comparator.<Candidate>comparingDouble(c -> -Math.round(c.probability() * 1000) / 1000.0).thenComparing(NEWER_FIRST);
  private static final Comparator<Candidate> NEWEST_THEN_BEST =
      NEWER_FIRST.thenComparingDouble(c -> -c.probability());
}
