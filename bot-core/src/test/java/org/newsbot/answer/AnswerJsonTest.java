package org.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public JSON of an answer, as {@code ask --json} prints it. */
class AnswerJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Answer ANSWERED = new Answer("Who opened the bridge?", true,
      List.of(new Claim("The mayor opened the bridge on Thursday.", List.of(1, 2))),
      List.of(new SourceRef(1, "7", "Example Times", "Bridge reopens", "https://example.org/7",
              LocalDate.of(2024, 5, 2)),
          new SourceRef(2, "8", null, null, "file:///data/articles/bridge.txt", null)),
      List.of(), "The mayor opened the bridge on Thursday. [1][2]\n\nSources:\n...");

  @Test
  void writesTheFieldsOfThePublicShape() throws Exception {
    JsonNode json = JSON.readTree(AnswerJson.write(ANSWERED));

    assertThat(names(json)).containsExactly("question", "answered", "text", "notes", "claims", "sources", "conflicts", "confidence");
    assertThat(json.get("question").isTextual()).isTrue();
    assertThat(json.get("question").asText()).isEqualTo("Who opened the bridge?");
    assertThat(json.get("answered").isBoolean()).isTrue();
    assertThat(json.get("answered").asBoolean()).isTrue();
    assertThat(json.get("text").asText()).startsWith("The mayor opened the bridge");

    JsonNode claim = json.get("claims").get(0);
    assertThat(names(claim)).containsExactlyInAnyOrder("text", "sources");
    assertThat(claim.get("text").asText()).isEqualTo("The mayor opened the bridge on Thursday.");
    assertThat(claim.get("sources").get(0).isInt()).isTrue();
    assertThat(claim.get("sources").toString()).isEqualTo("[1,2]");

    JsonNode first = json.get("sources").get(0);
    assertThat(names(first)).containsExactlyInAnyOrder("ref", "article_id", "outlet", "title", "url", "published");
    assertThat(first.get("ref").isInt()).isTrue();
    assertThat(first.get("ref").asInt()).isEqualTo(1);
    assertThat(first.get("article_id").isTextual()).isTrue();
    assertThat(first.get("article_id").asText()).isEqualTo("7");
    assertThat(first.get("outlet").asText()).isEqualTo("Example Times");
    assertThat(first.get("title").asText()).isEqualTo("Bridge reopens");
    assertThat(first.get("url").asText()).isEqualTo("https://example.org/7");
    assertThat(first.get("published").isTextual()).isTrue();
    assertThat(first.get("published").asText()).isEqualTo("2024-05-02");

    JsonNode second = json.get("sources").get(1);
    assertThat(names(second)).containsExactlyInAnyOrder("ref", "article_id", "outlet", "title", "url", "published");
    assertThat(second.get("outlet").isNull()).isTrue();
    assertThat(second.get("title").isNull()).isTrue();
    assertThat(second.get("published").isNull()).isTrue();

    assertThat(json.get("conflicts").isArray()).isTrue();
    assertThat(json.get("conflicts")).isEmpty();
  }

  @Test
  void anUnansweredQuestionHasEmptyListsAndSaysSo() throws Exception {
    Answer none = new Answer("What is the capital of Australia?", false, List.of(), List.of(), List.of(),
        "The indexed articles don't say.");

    JsonNode json = JSON.readTree(AnswerJson.write(none));

    assertThat(json.get("answered").asBoolean()).isFalse();
    assertThat(json.get("text").asText()).isNotBlank();
    assertThat(json.get("claims").isArray()).isTrue();
    assertThat(json.get("claims")).isEmpty();
    assertThat(json.get("sources")).isEmpty();
    assertThat(json.get("conflicts")).isEmpty();
  }

  @Test
  void isOneLine() {
    assertThat(AnswerJson.write(ANSWERED)).doesNotContain("\n");
  }

  @Test
  void readsWhatItWrites() {
    assertThat(AnswerJson.read(AnswerJson.write(ANSWERED))).isEqualTo(ANSWERED);
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
