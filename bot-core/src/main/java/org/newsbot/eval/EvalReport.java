package org.newsbot.eval;

import java.util.List;
import java.util.Locale;

/** The figures of a question-set run, and the questions it got wrong. */
public record EvalReport(List<Verdict> verdicts) {

  public long positives() {
    return verdicts.stream().filter(v -> !v.question().negative()).count();
  }

  public long negatives() {
    return verdicts.size() - positives();
  }

  /** Positives answered right with a claim that cites a supporting article. */
  public long rightAndSupported() {
    return verdicts.stream().filter(v -> !v.question().negative() && v.supported()).count();
  }

  public long right() {
    return verdicts.stream().filter(v -> !v.question().negative() && v.right()).count();
  }

  /** Positives the bot declined to answer. */
  public long wrongAbstentions() {
    return verdicts.stream().filter(v -> !v.question().negative() && !v.answer().answered()).count();
  }

  public long negativesAbstained() {
    return verdicts.stream().filter(v -> v.question().negative() && !v.answer().answered()).count();
  }

  /** Positives whose answers report a conflict between sources. */
  public long answersWithConflicts() {
    return verdicts.stream().filter(v -> !v.answer().conflicts().isEmpty()).count();
  }

  /** Positives with several expected values where the answer shows at least two of them. */
  public long severalValuesShown() {
    return verdicts.stream().filter(v -> v.expectedValuesShown() >= 2).count();
  }

  public List<Verdict> failures() {
    return verdicts.stream().filter(v -> v.question().negative() ? !v.right() : !v.supported()).toList();
  }

  public String summary() {
    long positives = positives();
    long negatives = negatives();
    long answeredPositives = positives - wrongAbstentions();
    return String.join("\n",
        String.format(Locale.ROOT, "questions:               %d (%d answerable, %d not)", verdicts.size(),
            positives, negatives),
        String.format(Locale.ROOT, "right, with support:     %d/%d = %s", rightAndSupported(), positives,
            percent(rightAndSupported(), positives)),
        String.format(Locale.ROOT, "right (any citation):    %d/%d = %s", right(), positives, percent(right(), positives)),
        String.format(Locale.ROOT, "citation support:        %d/%d of right answers = %s", rightAndSupported(),
            right(), percent(rightAndSupported(), right())),
        String.format(Locale.ROOT, "abstained, unanswerable: %d/%d = %s", negativesAbstained(), negatives,
            percent(negativesAbstained(), negatives)),
        String.format(Locale.ROOT, "abstained, answerable:   %d/%d = %s", wrongAbstentions(), positives,
            percent(wrongAbstentions(), positives)),
        String.format(Locale.ROOT, "precision when answering: %s", percent(right(), answeredPositives
            + (negatives - negativesAbstained()))),
        String.format(Locale.ROOT, "answers with conflicts:  %d; several expected values shown: %d",
            answersWithConflicts(), severalValuesShown()));
  }

  private static String percent(long part, long whole) {
    return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }
}
