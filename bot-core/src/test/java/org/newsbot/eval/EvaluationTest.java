package org.newsbot.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.answer.Answer;
import org.newsbot.answer.AnswerJson;

class EvaluationTest {
  @TempDir
  Path dir;

  private static Answer answer(String question, String claim, String url) {
    return AnswerJson.read("{\"question\":\"" + question + "\",\"answered\":true,\"text\":\"" + claim + " [1]\","
        + "\"claims\":[{\"text\":\"" + claim + "\",\"sources\":[1]}],"
        + "\"sources\":[{\"ref\":1,\"article_id\":\"1\",\"outlet\":\"Wire\",\"title\":\"A title with 99\","
        + "\"url\":\"" + url + "\",\"published\":\"2024-04-02\"}],\"conflicts\":[]}");
  }

  private static Answer declined(String question) {
    return AnswerJson.read("{\"question\":\"" + question + "\",\"answered\":false,\"text\":\"The indexed articles"
        + " don't say.\",\"claims\":[],\"sources\":[],\"conflicts\":[]}");
  }

  @Test
  void rightSupportedAndAbstainedAreCountedApart() throws IOException {
    Path file = dir.resolve("set.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"question\":\"q1\",\"expect_any\":[\"143\"],\"supporting\":[\"a.txt\"],\"negative\":false}",
        "{\"question\":\"q2\",\"expect_any\":[\"144\"],\"supporting\":[\"https://x.org/b\"],\"negative\":false}",
        "{\"question\":\"q3\",\"expect_any\":[\"99\"],\"supporting\":[\"c.txt\"],\"negative\":false}",
        "",
        "{\"question\":\"q4\",\"expect_any\":[],\"supporting\":[],\"negative\":true}",
        "{\"question\":\"q5\",\"expect_any\":[],\"supporting\":[],\"negative\":true}"));
    Map<String, Answer> answers = Map.of(
        "q1", answer("q1", "At least 143 people died.", "file:///corpus/a.txt"),
        "q2", answer("q2", "144 people died.", "https://x.org/other"),
        "q3", answer("q3", "Nobody knows.", "file:///corpus/c.txt"),
        "q4", declined("q4"),
        "q5", answer("q5", "Something loosely related.", "file:///corpus/d.txt"));

    EvalReport report = Evaluation.run(Evaluation.read(file), (q, day) -> answers.get(q), 0, null);

    assertThat(report.positives()).isEqualTo(3);
    assertThat(report.right()).isEqualTo(2); // q3's only "99" is in a title, which is no answer
    assertThat(report.rightAndSupported()).isEqualTo(1); // q2 cites another article
    assertThat(report.negativesAbstained()).isEqualTo(1);
    assertThat(report.failures()).extracting(v -> v.question().question()).containsExactly("q2", "q3", "q5");
    assertThat(report.summary()).contains("right, with support:     1/3 = 33.3%")
        .contains("abstained, unanswerable: 1/2 = 50.0%");
  }

  @Test
  void aSupportingArticleMayBeNamedByItsIdInAJsonLinesFile() throws IOException {
    Path file = dir.resolve("ids.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"question\":\"q1\",\"expect_any\":[\"Schmidt\"],\"supporting\":[\"reuters-17\"],\"negative\":false}",
        "{\"question\":\"q2\",\"expect_any\":[\"Kohl\"],\"supporting\":[\"reuters-17\"],\"negative\":false}"));
    Map<String, Answer> answers = Map.of(
        "q1", answer("q1", "Schmidt appointed him.", "file:///corpus/reuters.jsonl#reuters-17"),
        "q2", answer("q2", "Kohl may keep him.", "file:///corpus/reuters.jsonl#reuters-170"));

    EvalReport report = Evaluation.run(Evaluation.read(file), (q, day) -> answers.get(q), 0, null);

    assertThat(report.rightAndSupported()).isEqualTo(1);
  }

  @Test
  void aMalformedLineIsReportedWithItsNumber() throws IOException {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, "{\"question\":\"ok\",\"negative\":true}\n{not json\n");
    assertThatThrownBy(() -> Evaluation.read(file)).hasMessageContaining("bad.jsonl:2");
    Files.writeString(file, "{\"expect_any\":[\"x\"]}\n");
    assertThatThrownBy(() -> Evaluation.read(file)).hasMessageContaining(":1").hasMessageContaining("question");
  }
}
