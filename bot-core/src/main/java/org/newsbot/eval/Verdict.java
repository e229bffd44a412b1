package org.newsbot.eval;

import java.util.Locale;
import org.newsbot.answer.Answer;
import org.newsbot.answer.Claim;
import org.newsbot.answer.Conflict;
import org.newsbot.answer.SourceRef;

/** How one answer fares against its question's expectations. */
public record Verdict(EvalQuestion question, Answer answer, boolean right, boolean supported,
    int expectedValuesShown) {

  static Verdict judge(EvalQuestion question, Answer answer) {
    if (question.negative() || !answer.answered()) {
      return new Verdict(question, answer, question.negative() && !answer.answered(),
          question.negative() && !answer.answered(), 0);
    }
    String said = statements(answer);
    int shown = 0;
    for (String expected : question.expectAny()) {
      if (said.contains(expected.toLowerCase(Locale.ROOT))) {
        shown++;
      }
    }
    boolean right = shown > 0;
    return new Verdict(question, answer, right, right && citesSupport(question, answer), shown);
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

  /** Whether a claim that states an expected string cites one of the supporting articles. */
  private static boolean citesSupport(EvalQuestion question, Answer answer) {
    for (Claim claim : answer.claims()) {
      String text = claim.text().toLowerCase(Locale.ROOT);
      boolean states = question.expectAny().stream().anyMatch(e -> text.contains(e.toLowerCase(Locale.ROOT)));
      if (!states) {
        continue;
      }
      for (int ref : claim.sources()) {
        SourceRef source = answer.sources().get(ref - 1);
        if (question.supporting().stream().anyMatch(s -> matches(source.url(), s))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A supporting article is named by its URL, its file's name, or its id in a JSON Lines file ("#id"). */
  private static boolean matches(String url, String supporting) {
    return url.equals(supporting) || url.endsWith("/" + supporting) || url.endsWith("#" + supporting);
  }
}
