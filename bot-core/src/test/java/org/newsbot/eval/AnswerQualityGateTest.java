package org.newsbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.Newsbot;
import org.newsbot.NewsbotSettings;
import org.newsbot.TestCorpus;

/**
 * The question sets of {@code eval/} run over a small corpus (the seed articles and the English,
 * Russian and Finnish Wikinews articles, every passage embedded), against the figures committed in
 * {@code eval/baseline.properties}: a change that lowers a figure fails the build until the baseline
 * is changed, with its reason in the commit. A question is in this corpus when the articles that
 * support it are or its {@code corpus} says so; an unanswerable one that names no corpus is unrelated
 * to every corpus.
 */
class AnswerQualityGateTest {
  private static final Path EVAL = Path.of("..", "eval");
  private static final List<String> SETS = List.of("questions", "quiz-dev", "quiz-test", "patterns");

  @TempDir
  static Path data;

  static Newsbot newsbot;

  @BeforeAll
  static void importTheSmallCorpus() {
    Path corpus = TestCorpus.seedArticles().getParent();
    newsbot = Newsbot.open(NewsbotSettings.embedded(data));
    newsbot.importPaths(List.of(TestCorpus.seedArticles(), corpus.resolve("wikinews-2019-2020.jsonl"),
        corpus.resolve("wikinews-ru.jsonl"), corpus.resolve("wikinews-fi.jsonl")));
    newsbot.embedPending(done -> { });
  }

  @AfterAll
  static void close() {
    newsbot.close();
  }

  @Test
  void noFigureFallsBelowItsBaseline() throws IOException {
    Properties baseline = new Properties();
    try (InputStream in = Files.newInputStream(EVAL.resolve("baseline.properties"))) {
      baseline.load(in);
    }
    Map<String, Long> measured = new LinkedHashMap<>();
    List<String> report = new ArrayList<>();
    for (String set : SETS) {
      Path file = EVAL.resolve(set + ".jsonl");
      if (!Files.exists(file)) {
        continue;
      }
      // the first set was written over exactly this corpus; the others mix corpora
      List<EvalQuestion> questions = Evaluation.read(file).stream()
          .filter(q -> set.equals("questions") || inCorpus(q)).toList();
      var engine = newsbot.answers();
      EvalReport figures = Evaluation.run(questions, engine::attempt, engine.threshold(), null);
      measured.put(set + ".right_supported", figures.rightAndSupported());
      measured.put(set + ".right_in_first_three", figures.rightInTopThree());
      measured.put(set + ".unanswerable_declined", figures.negativesAbstained());
      measured.put(set + ".answerable_answered", figures.positives() - figures.wrongAbstentions());
      report.add(set + " (" + questions.size() + " in this corpus):\n" + figures.summary());
    }
    System.out.println(String.join("\n\n", report));
    measured.forEach((name, value) -> System.out.println(name + "=" + value));
    for (String name : baseline.stringPropertyNames()) {
      assertThat(measured).as("a figure the baseline names").containsKey(name);
      assertThat(measured.get(name)).as(name + " (baseline " + baseline.getProperty(name) + ")")
          .isGreaterThanOrEqualTo(Long.parseLong(baseline.getProperty(name).strip()));
    }
  }

  /** Whether the question is about the seed or Wikinews articles this test imports. */
  static boolean inCorpus(EvalQuestion question) {
    if (question.corpus() != null) {
      return question.corpus().matches("seed(-articles)?|wikinews.*");
    }
    if (question.negative()) {
      return true; // an unrelated question is declined whatever the corpus
    }
    return !question.supporting().isEmpty() && question.supporting().stream().allMatch(ref ->
        ref.startsWith("https://en.wikinews.org/") || ref.matches("\\d{3}_[0-9a-f]{16}\\.txt")
            || ref.matches("(wikinews-(ru|fi)\\.jsonl#)?(nerel-ru|ud-fi-tdt)-.*"));
  }
}
