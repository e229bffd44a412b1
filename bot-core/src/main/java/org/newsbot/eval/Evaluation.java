package org.newsbot.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import org.newsbot.answer.Answer;

/** Runs a question set against the answer engine. */
public final class Evaluation {
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

  private Evaluation() {}

  /** Reads a JSON Lines question set; a malformed line fails with its number. */
  public static List<EvalQuestion> read(Path file) throws IOException {
    List<EvalQuestion> questions = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      try {
        EvalQuestion question = JSON.readValue(line, EvalQuestion.class);
        if (question.question() == null || question.question().isBlank()) {
          throw new IOException("no \"question\"");
        }
        questions.add(question);
      } catch (IOException e) {
        throw new IOException(file + ":" + (i + 1) + ": not a question: " + e.getMessage(), e);
      }
    }
    return questions;
  }

  /**
   * Runs the set: {@code attempts} gives the engine's best attempt at a question on a day (its
   * {@code as_of}, else {@code defaultAsOf}) with its confidence, and {@code threshold} is the
   * confidence below which the engine declines.
   */
  public static EvalReport run(List<EvalQuestion> questions, BiFunction<String, LocalDate, Answer> attempts,
      double threshold, LocalDate defaultAsOf) {
    List<Verdict> verdicts = new ArrayList<>();
    for (EvalQuestion question : questions) {
      LocalDate asOf = question.asOf() != null ? question.asOf() : defaultAsOf;
      verdicts.add(Verdict.judge(question, attempts.apply(question.question(), asOf), threshold));
    }
    return new EvalReport(verdicts, threshold);
  }
}
