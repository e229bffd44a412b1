package org.newsbot.eval;

import java.util.List;
import java.util.Locale;
import org.newsbot.answer.Answer;
import org.newsbot.answer.Claim;
import org.newsbot.answer.Conflict;
import org.newsbot.answer.SourceRef;

/**
 * How one answer fares against its question's expectations. The answer is the engine's best
 * attempt with its confidence; {@code answered} says whether the engine, at its threshold, gives it.
 *
 * @param right an answered positive whose claims or conflicts state an expected string
 * @param supported right, and a claim among the first three that states it cites a supporting article
 * @param rightInTopThree one of the first three claims states an expected string
 * @param correctAttempt the attempt, whatever its confidence, is right with support: what the
 *     coverage/precision curve weighs
 */
public record Verdict(EvalQuestion question, Answer answer, boolean answered, boolean right, boolean supported,
    boolean rightInTopThree, boolean correctAttempt, int expectedValuesShown) {
  static final int FIRST_CLAIMS = 3;

  static Verdict judge(EvalQuestion question, Answer attempt, double threshold) {
    boolean answered = attempt.answered() && attempt.confidence() >= threshold;
    if (question.negative() || !attempt.answered()) {
      boolean declined = question.negative() && !answered;
      return new Verdict(question, attempt, answered, declined, declined, declined, false, 0);
    }
    String said = statements(attempt);
    int shown = 0;
    for (String expected : question.expectAny()) {
      if (said.contains(expected.toLowerCase(Locale.ROOT))) {
        shown++;
      }
    }
    boolean states = shown > 0;
    boolean inTopThree = false;
    boolean cites = false;
    List<Claim> claims = attempt.claims();
    for (int i = 0; i < Math.min(FIRST_CLAIMS, claims.size()); i++) {
      if (statesExpected(question, claims.get(i).text())) {
        inTopThree = true;
        cites |= citesSupport(question, attempt, claims.get(i));
      }
    }
    return new Verdict(question, attempt, answered, answered && states, answered && cites, answered && inTopThree,
        cites, shown);
  }

  /** The words of the answer above its sources. */
  public int words() {
    String text = answer.text();
    int sources = text.indexOf("\nSources:");
    String above = sources < 0 ? text : text.substring(0, sources);
    return above.isBlank() ? 0 : above.strip().split("\\s+").length;
  }

  /** What the answer states, without its source list (titles are not answers). */
  private static String statements(Answer answer) {
    StringBuilder text = new StringBuilder();
    for (Claim claim : answer.claims()) {
      text.append(claim.text()).append('\n');
    }
    for (Conflict conflict : answer.conflicts()) {
      conflict.values().forEach(value -> text.append(value.value()).append('\n'));
    }
    return text.toString().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code text} holds one of the question's expected strings. */
  static boolean statesExpected(EvalQuestion question, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return question.expectAny().stream().anyMatch(e -> lower.contains(e.toLowerCase(Locale.ROOT)));
  }

  private static boolean citesSupport(EvalQuestion question, Answer answer, Claim claim) {
    for (int ref : claim.sources()) {
      SourceRef source = answer.sources().get(ref - 1);
      if (supports(question, source.url())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the article at {@code url} is one the question names as supporting (any, if it names none). */
  static boolean supports(EvalQuestion question, String url) {
    return question.supporting().isEmpty() || question.supporting().stream().anyMatch(s -> matches(url, s));
  }

  /** A supporting article is named by its URL, its file's name, or its id in a JSON Lines file ("#id"). */
  private static boolean matches(String url, String supporting) {
    return url.equals(supporting) || url.endsWith("/" + supporting) || url.endsWith("#" + supporting);
  }
}
