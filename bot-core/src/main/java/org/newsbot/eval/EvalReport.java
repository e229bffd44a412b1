package org.newsbot.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The figures of a question-set run, the coverage/precision curve, and the questions it got wrong. */
public record EvalReport(List<Verdict> verdicts, double threshold) {

  public long positives() {
    return verdicts.stream().filter(v -> !v.question().negative()).count();
  }

  public long negatives() {
    return verdicts.size() - positives();
  }

  /** Positives answered right, a claim among the first three stating it and citing a supporting article. */
  public long rightAndSupported() {
    return verdicts.stream().filter(v -> !v.question().negative() && v.supported()).count();
  }

  /** Positives answered right, one of the first three claims stating it (any citation). */
  public long rightInTopThree() {
    return verdicts.stream().filter(v -> !v.question().negative() && v.rightInTopThree()).count();
  }

  public long right() {
    return verdicts.stream().filter(v -> !v.question().negative() && v.right()).count();
  }

  /** Positives the bot declined to answer. */
  public long wrongAbstentions() {
    return verdicts.stream().filter(v -> !v.question().negative() && !v.answered()).count();
  }

  public long negativesAbstained() {
    return verdicts.stream().filter(v -> v.question().negative() && !v.answered()).count();
  }

  /** Answers that report a conflict between sources. */
  public long answersWithConflicts() {
    return verdicts.stream().filter(v -> v.answered() && !v.answer().conflicts().isEmpty()).count();
  }

  /** Positives with several expected values where the answer shows at least two of them. */
  public long severalValuesShown() {
    return verdicts.stream().filter(v -> v.answered() && v.expectedValuesShown() >= 2).count();
  }

  /** The median number of words above the sources, over the answers given. */
  public double medianWords() {
    List<Integer> words = verdicts.stream().filter(Verdict::answered).map(Verdict::words).sorted().toList();
    if (words.isEmpty()) {
      return 0;
    }
    int mid = words.size() / 2;
    return words.size() % 2 == 1 ? words.get(mid) : (words.get(mid - 1) + words.get(mid)) / 2.0;
  }

  public List<Verdict> failures() {
    return verdicts.stream().filter(v -> v.question().negative() ? !v.right() : !v.supported()).toList();
  }

  /** One point of the coverage/precision curve: answering when confidence is at least {@code threshold}. */
  public record CurvePoint(double threshold, double coverage, double precision, long answered) {}

  /**
   * Coverage (share of all questions answered) against precision (share of answers right with
   * support; an answered unanswerable question is wrong), for thresholds from 0 to 0.9.
   */
  public List<CurvePoint> curve() {
    List<CurvePoint> points = new ArrayList<>();
    for (int step = 0; step <= 18; step++) {
      double t = step * 0.05;
      long answered = 0;
      long correct = 0;
      for (Verdict v : verdicts) {
        if (v.answer().answered() && v.answer().confidence() >= t) {
          answered++;
          correct += !v.question().negative() && v.correctAttempt() ? 1 : 0;
        }
      }
      points.add(new CurvePoint(t, verdicts.isEmpty() ? 0 : (double) answered / verdicts.size(),
          answered == 0 ? 1 : (double) correct / answered, answered));
    }
    return points;
  }

  public String summary() {
    long positives = positives();
    long negatives = negatives();
    long answeredPositives = positives - wrongAbstentions();
    List<String> lines = new ArrayList<>(List.of(
        String.format(Locale.ROOT, "questions:               %d (%d answerable, %d not)", verdicts.size(),
            positives, negatives),
        String.format(Locale.ROOT, "right, with support:     %d/%d = %s", rightAndSupported(), positives,
            percent(rightAndSupported(), positives)),
        String.format(Locale.ROOT, "right in first 3 claims: %d/%d = %s", rightInTopThree(), positives,
            percent(rightInTopThree(), positives)),
        String.format(Locale.ROOT, "right (any citation):    %d/%d = %s", right(), positives, percent(right(), positives)),
        String.format(Locale.ROOT, "citation support:        %d/%d of right answers = %s", rightAndSupported(),
            right(), percent(rightAndSupported(), right())),
        String.format(Locale.ROOT, "abstained, unanswerable: %d/%d = %s", negativesAbstained(), negatives,
            percent(negativesAbstained(), negatives)),
        String.format(Locale.ROOT, "abstained, answerable:   %d/%d = %s", wrongAbstentions(), positives,
            percent(wrongAbstentions(), positives)),
        String.format(Locale.ROOT, "precision when answering: %s", percent(right(), answeredPositives
            + (negatives - negativesAbstained()))),
        String.format(Locale.ROOT, "median words of an answer: %.0f", medianWords()),
        String.format(Locale.ROOT, "answers with conflicts:  %d; several expected values shown: %d",
            answersWithConflicts(), severalValuesShown()),
        String.format(Locale.ROOT, "coverage/precision (confidence threshold %.2f in use):", threshold)));
    for (CurvePoint point : curve()) {
      lines.add(String.format(Locale.ROOT, "  >= %.2f: answers %5.1f%% of questions, %5.1f%% of them right",
          point.threshold(), 100 * point.coverage(), 100 * point.precision()));
    }
    return String.join("\n", lines);
  }

  private static String percent(long part, long whole) {
    return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }

  /** The verdicts ordered by confidence, lowest first. */
  List<Verdict> byConfidence() {
    return verdicts.stream().sorted(Comparator.comparingDouble(v -> v.answer().confidence())).toList();
  }
}
