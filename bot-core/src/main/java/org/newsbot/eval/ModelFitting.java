package org.newsbot.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.newsbot.answer.AnswerEngine;

/**
 * Fits the answer model on question sets: every candidate claim the engine weighs for a question is
 * a row, labelled right when it states an expected string and comes from a supporting article
 * (never, for an unanswerable question). Two sets of weights are fitted, with search by meaning and
 * by keywords alone, and one threshold of confidence for declining, chosen on the questions'
 * best candidates so that as many answerable questions are answered and unanswerable ones declined
 * as can be together.
 */
public final class ModelFitting {
  private static final double L2 = 1.0;
  /**
   * Features whose weight may take either sign; every other one is evidence for an answer and is
   * kept at zero or above.
   */
  private static final java.util.Set<String> FREE = java.util.Set.of("lead", "asks", "fragment", "kind_any", "gap");

  private ModelFitting() {}

  /** The fitted weights and threshold, with the figures behind the threshold. */
  public record Fitted(LogisticFit.Model meaning, LogisticFit.Model keywords, LogisticFit.Model confidence,
      double threshold,
      String thresholdReport, int rows, int positives) {

    /** The model file's contents. */
    public String properties(String version, String sets) {
      List<String> names = AnswerEngine.featureNames();
      StringBuilder out = new StringBuilder();
      out.append("# Fitted by `newsbot fit` on ").append(sets).append("\n");
      out.append("# ").append(rows).append(" candidate claims, ").append(positives).append(" of them right.\n");
      out.append("version=").append(version).append('\n');
      out.append(String.format(Locale.ROOT, "threshold=%.4f%n", threshold));
      append(out, "meaning", meaning, names);
      append(out, "keywords", keywords, names);
      append(out, "confidence", confidence, AnswerEngine.confidenceFeatureNames());
      return out.toString();
    }

    private static void append(StringBuilder out, String set, LogisticFit.Model model, List<String> names) {
      out.append(String.format(Locale.ROOT, "%s.bias=%.4f%n", set, model.bias()));
      for (int i = 0; i < names.size(); i++) {
        out.append(String.format(Locale.ROOT, "%s.%s=%.4f%n", set, names.get(i), model.weights()[i]));
      }
    }
  }

  private record Labelled(double[] x, boolean embedded, boolean right, String url) {}

  public static Fitted fit(AnswerEngine engine, List<EvalQuestion> questions, Consumer<String> progress) {
    List<List<Labelled>> withMeaning = new ArrayList<>();
    List<List<Labelled>> keywordsOnly = new ArrayList<>();
    int done = 0;
    for (EvalQuestion question : questions) {
      withMeaning.add(label(question, engine.trainingRows(question.question(), question.asOf(), true)));
      keywordsOnly.add(label(question, engine.trainingRows(question.question(), question.asOf(), false)));
      if (++done % 50 == 0) {
        progress.accept(done + " of " + questions.size() + " questions read");
      }
    }
    List<String> names = AnswerEngine.featureNames();
    boolean[] none = new boolean[names.size()];
    boolean[] noMeaning = new boolean[names.size()];
    for (int i = 0; i < names.size(); i++) {
      noMeaning[i] = names.get(i).contains("meaning");
    }
    boolean[] positive = new boolean[names.size()];
    for (int i = 0; i < names.size(); i++) {
      positive[i] = !FREE.contains(names.get(i));
    }
    LogisticFit.Model meaning = fitRows(withMeaning, true, none, positive);
    LogisticFit.Model keywords = fitRows(keywordsOnly, false, noMeaning, positive);
    // the answer's confidence: a model over each question's candidates as a whole, right when one of
    // its first three articles' best sentences is right
    List<double[]> questionX = new ArrayList<>();
    List<Boolean> questionY = new ArrayList<>();
    for (int q = 0; q < questions.size(); q++) {
      List<Labelled> rows = new ArrayList<>(withMeaning.get(q));
      if (rows.isEmpty()) {
        continue;
      }
      double[] p = new double[rows.size()];
      Integer[] order = new Integer[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        p[i] = (rows.get(i).embedded ? meaning : keywords).probability(rows.get(i).x);
        order[i] = i;
      }
      java.util.Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
      List<AnswerEngine.TrainingRow> sorted = new ArrayList<>();
      double[] probabilities = new double[rows.size()];
      boolean right = false;
      java.util.Set<String> articles = new java.util.LinkedHashSet<>();
      for (int i = 0; i < order.length; i++) {
        Labelled row = rows.get(order[i]);
        sorted.add(new AnswerEngine.TrainingRow(row.x, row.embedded, "", row.url));
        probabilities[i] = p[order[i]];
        if (articles.size() < 3 && articles.add(row.url) && row.right) {
          right = true;
        }
      }
      questionX.add(AnswerEngine.confidenceFeatures(sorted, probabilities));
      questionY.add(right);
    }
    List<String> confidenceNames = AnswerEngine.confidenceFeatureNames();
    boolean[] confidencePositive = new boolean[confidenceNames.size()];
    for (int i = 0; i < confidenceNames.size(); i++) {
      confidencePositive[i] = !FREE.contains(confidenceNames.get(i));
    }
    LogisticFit.Model confidence = LogisticFit.fit(questionX, questionY, L2,
        new boolean[confidenceNames.size()], confidencePositive);
    double threshold = 0.5;
    double bestScore = -1;
    StringBuilder report = new StringBuilder();
    long answerable = questions.stream().filter(q -> !q.negative()).count();
    long unanswerable = questions.size() - answerable;
    List<double[]> decided = new ArrayList<>(); // {confidence, answerable, right}
    int index = 0;
    for (int q = 0; q < questions.size(); q++) {
      if (withMeaning.get(q).isEmpty()) {
        decided.add(new double[] {0, questions.get(q).negative() ? 0 : 1, 0});
        continue;
      }
      decided.add(new double[] {confidence.probability(questionX.get(index)), questions.get(q).negative() ? 0 : 1,
          questionY.get(index) ? 1 : 0});
      index++;
    }
    for (int step = 1; step < 100; step++) {
      double t = step / 100.0;
      long answered = decided.stream().filter(b -> b[1] == 1 && b[0] >= t).count();
      long declined = decided.stream().filter(b -> b[1] == 0 && b[0] < t).count();
      long correct = decided.stream().filter(b -> b[0] >= t && b[2] == 1).count();
      // every right answer and every unanswerable question declined counts one
      double score = correct + declined;
      if (score > bestScore) {
        bestScore = score;
        threshold = t;
      }
      if (step % 5 == 0) {
        report.append(String.format(Locale.ROOT, "  >= %.2f: %d/%d answerable answered (%d right), %d/%d"
            + " unanswerable declined%n", t, answered, answerable, correct, declined, unanswerable));
      }
    }
    int rows = withMeaning.stream().mapToInt(List::size).sum();
    int positives = (int) withMeaning.stream().flatMap(List::stream).filter(Labelled::right).count();
    return new Fitted(meaning, keywords, confidence, threshold, report.toString(), rows, positives);
  }

  private static LogisticFit.Model fitRows(List<List<Labelled>> perQuestion, boolean embeddedOnly, boolean[] fixed,
      boolean[] positive) {
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    for (List<Labelled> rows : perQuestion) {
      for (Labelled row : rows) {
        if (!embeddedOnly || row.embedded) {
          x.add(row.x);
          y.add(row.right);
        }
      }
    }
    return LogisticFit.fit(x, y, L2, fixed, positive);
  }

  private static List<Labelled> label(EvalQuestion question, List<AnswerEngine.TrainingRow> rows) {
    List<Labelled> labelled = new ArrayList<>();
    for (AnswerEngine.TrainingRow row : rows) {
      boolean right = !question.negative() && Verdict.statesExpected(question, row.text())
          && Verdict.supports(question, row.url());
      labelled.add(new Labelled(row.features(), row.embedded(), right, row.url()));
    }
    return labelled;
  }
}
