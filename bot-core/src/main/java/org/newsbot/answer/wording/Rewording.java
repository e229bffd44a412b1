package org.newsbot.answer.wording;

import java.util.List;
import org.newsbot.answer.Answer;
import org.newsbot.answer.AnswerText;
import org.newsbot.answer.Claim;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Optional generative wording: a chat model rephrases an answer's claims, and the rephrasing is
 * served only when it passes the checks. The model sees nothing but the question and the claims
 * with their source marks; every sentence it writes must end with marks of sources it was given,
 * say only what the claims it cites say, and together the sentences must restate every claim (see
 * {@link SupportCheck}). Any failure — the endpoint unreachable, slow, erring or not speaking its
 * JSON, or a reply that fails a check — serves the extractive answer unchanged, with a log line
 * that says why.
 *
 * <p>A served rewording replaces the claims by its checked sentences, each citing the sources it
 * was checked against, so every surface (text, JSON, chat replies) shows the same words. Sources
 * and conflicts are kept as they are.
 */
public final class Rewording implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Rewording.class);

  private final ChatCompletionsClient client;

  public Rewording(LlmSettings settings) {
    this.client = new ChatCompletionsClient(settings);
  }

  /** The answer reworded, or {@code answer} itself when it has no claims or the wording fails. */
  public Answer apply(Answer answer) {
    if (!answer.answered() || answer.claims().isEmpty()) {
      return answer;
    }
    try {
      String reply = client.complete(WordingPrompt.messages(answer));
      List<Claim> sentences = CitedSentences.parse(reply);
      SupportCheck.check(answer.claims(), sentences);
      log.debug("served a checked rewording of {} claims in {} sentences", answer.claims().size(), sentences.size());
      return new Answer(answer.question(), true, sentences, answer.sources(), answer.conflicts(),
          AnswerText.render(answer.notes(), sentences, answer.sources(), answer.conflicts()), answer.notes(),
          answer.confidence());
    } catch (WordingFailure e) {
      log.warn("generative wording failed: {}; serving the extractive answer", e.getMessage());
    } catch (RejectedWording e) {
      log.info("generative wording rejected: {}; serving the extractive answer", e.getMessage());
    } catch (RuntimeException e) {
      log.warn("generative wording failed unexpectedly ({}); serving the extractive answer",
          e.getClass().getSimpleName(), e);
    }
    return answer;
  }

  @Override
  public void close() {
    client.close();
  }
}
