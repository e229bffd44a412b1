package org.newsbot.answer.wording;

import java.util.List;
import org.newsbot.answer.Answer;
import org.newsbot.answer.AnswerText;
import org.newsbot.answer.Claim;

/** What the model is told: only the question and the selected claims, each with its source marks. */
final class WordingPrompt {
  static final String INSTRUCTIONS = """
      You reword answers taken from news articles. You get a question and numbered claims: each \
      claim is a sentence quoted from an article, after the citation marks of the sources that state it.
      Write a short, clear answer to the question that restates these claims and nothing else.
      Rules:
      - Use only what the claims say: add no fact, name, number, date or opinion of your own.
      - Keep every number and date exactly as the claims write it, and reuse the claims' own words.
      - Restate every claim. Where sources disagree, give each version with its own marks.
      - End every sentence with the citation marks of the claims it restates, exactly as given, \
      for example [1] or [2][3]. Never cite a mark that is not given.
      - Write plain sentences only: no lists, headings, notes or preamble.""";

  private WordingPrompt() {}

  static List<ChatCompletionsClient.Message> messages(Answer answer) {
    return List.of(
        new ChatCompletionsClient.Message("system", INSTRUCTIONS),
        new ChatCompletionsClient.Message("user", question(answer)));
  }

  private static String question(Answer answer) {
    StringBuilder text = new StringBuilder("Question: ").append(answer.question()).append("\n\nClaims:\n");
    for (Claim claim : answer.claims()) {
      text.append(AnswerText.marks(claim.sources())).append(' ').append(claim.text()).append('\n');
    }
    return text.toString();
  }
}
