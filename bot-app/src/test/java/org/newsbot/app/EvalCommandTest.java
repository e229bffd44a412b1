package org.newsbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small import embeds at once, and {@code newsbot eval} runs over the seed articles. */
class EvalCommandTest {
  @TempDir
  Path data;

  @Test
  void embedsThenRunsAQuestionSetAndPrintsItsFigures() throws Exception {
    Cli.Result imported = Cli.run("--data", data.toString(), "import", Cli.seedArticles().toString());
    assertThat(imported.code()).isZero();
    assertThat(imported.out()).contains("embedding for search by meaning: 5 of 5 articles");
    Cli.Result embedded = Cli.run("--data", data.toString(), "embed");
    assertThat(embedded.out()).contains("Embedded 0 articles"); // nothing was left to embed
    Path set = data.resolve("set.jsonl");
    Files.writeString(set, String.join("\n",
        "{\"question\":\"How many people died?\",\"expect_any\":[\"143\",\"144\"],"
            + "\"supporting\":[\"001_860e386cb840722a.txt\",\"002_ad2ba5a8d2494ec4.txt\"],\"negative\":false}",
        "{\"question\":\"Who won the 1966 World Cup?\",\"expect_any\":[],\"supporting\":[],\"negative\":true}",
        "{\"question\":\"Who is the mayor of Lyon?\",\"expect_any\":[\"Doucet\"],\"supporting\":[\"x.txt\"],"
            + "\"negative\":false}"));

    Cli.Result result = Cli.run("--data", data.toString(), "eval", "--show-failures", set.toString());

    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("questions:               3 (2 answerable, 1 not)")
        .contains("right, with support:     1/2 = 50.0%")
        .contains("abstained, unanswerable: 1/1 = 100.0%")
        .contains("answers with conflicts:  1")
        .containsPattern("FAILED (\\(declined\\) )?Who is the mayor of Lyon\\?");
  }
}
