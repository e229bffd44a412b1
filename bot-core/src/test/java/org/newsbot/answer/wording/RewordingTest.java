package org.newsbot.answer.wording;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsbot.answer.Answer;
import org.newsbot.answer.AnswerText;
import org.newsbot.answer.Claim;
import org.newsbot.answer.Conflict;
import org.newsbot.answer.SourceRef;

/**
 * Rewording through a real chat-completions endpoint on 127.0.0.1: a checked rewording is served,
 * and every kind of failure serves the extractive answer unchanged with a log line saying why.
 */
class RewordingTest {
  private static final String KEY = "sk-test-7f3a9c1e5b";

  static final Answer EXTRACTIVE = extractive();

  private static final String GOOD = "At least 143 people were killed in the Crocus City Hall attack near Moscow [1][2]. "
      + "Officials said the toll had risen to 144 on Sunday [3]. "
      + "The Islamic State group claimed responsibility [1].";

  private FakeChatEndpoint endpoint;
  private LogCapture logs;
  private Rewording rewording;

  @BeforeEach
  void start() {
    endpoint = FakeChatEndpoint.start();
    logs = new LogCapture();
    rewording = new Rewording(new LlmSettings(endpoint.baseUrl(), "test-model", Duration.ofSeconds(5), KEY));
  }

  @AfterEach
  void stop() {
    rewording.close();
    logs.close();
    endpoint.close();
  }

  static Answer extractive() {
    List<Claim> claims = List.of(
        new Claim("At least 143 people were killed in the attack on Crocus City Hall near Moscow.", List.of(1, 2)),
        new Claim("Officials said the death toll had risen to 144 on Sunday.", List.of(3)),
        new Claim("The Islamic State group claimed responsibility for the attack.", List.of(1)));
    List<SourceRef> sources = List.of(
        new SourceRef(1, "11", "Wire One", "Attack near Moscow", "https://one.example/a", LocalDate.of(2024, 3, 23)),
        new SourceRef(2, "12", "Wire Two", "Concert hall attack", "https://two.example/b", LocalDate.of(2024, 3, 23)),
        new SourceRef(3, "13", null, "Toll rises", "https://three.example/c", LocalDate.of(2024, 3, 24)));
    List<Conflict> conflicts = List.of(new Conflict("how many people died",
        List.of(new Conflict.Value("143", List.of(1, 2)), new Conflict.Value("144", List.of(3)))));
    return new Answer("How many people died?", true, claims, sources, conflicts,
        AnswerText.render(claims, sources, conflicts));
  }

  @Test
  void aCheckedRewordingIsServedWithItsSentencesAsClaims() {
    endpoint.reply(GOOD);

    Answer answer = rewording.apply(EXTRACTIVE);

    assertThat(answer.claims()).containsExactly(
        new Claim("At least 143 people were killed in the Crocus City Hall attack near Moscow.", List.of(1, 2)),
        new Claim("Officials said the toll had risen to 144 on Sunday.", List.of(3)),
        new Claim("The Islamic State group claimed responsibility.", List.of(1)));
    assertThat(answer.text())
        .startsWith("At least 143 people were killed in the Crocus City Hall attack near Moscow. [1][2]")
        .contains("Officials said the toll had risen to 144 on Sunday. [3]")
        .contains("Sources disagree on how many people died: 143 [1][2] vs 144 [3]")
        .contains("[3] three.example: Toll rises (2024-03-24) https://three.example/c");
    assertThat(answer.question()).isEqualTo(EXTRACTIVE.question());
    assertThat(answer.answered()).isTrue();
    assertThat(answer.sources()).isEqualTo(EXTRACTIVE.sources());
    assertThat(answer.conflicts()).isEqualTo(EXTRACTIVE.conflicts());
  }

  @Test
  void theRequestIsAChatCompletionOfTheClaimsWithTheirMarks() {
    endpoint.reply(GOOD);

    rewording.apply(EXTRACTIVE);

    assertThat(endpoint.requests()).hasSize(1);
    FakeChatEndpoint.Request request = endpoint.requests().get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/v1/chat/completions");
    assertThat(request.contentType()).isEqualTo("application/json");
    assertThat(request.body().path("model").asText()).isEqualTo("test-model");
    assertThat(request.body().path("temperature").isNumber()).isTrue();
    assertThat(request.body().path("temperature").asDouble()).isZero();
    assertThat(request.body().path("messages").get(0).path("role").asText()).isEqualTo("system");
    assertThat(request.userMessage())
        .contains("How many people died?")
        .contains("[1][2] At least 143 people were killed in the attack on Crocus City Hall near Moscow.")
        .contains("[3] Officials said the death toll had risen to 144 on Sunday.")
        .contains("[1] The Islamic State group claimed responsibility for the attack.")
        .doesNotContain("https://");
  }

  @Test
  void theKeyIsSentAsBearerAndNeverLogged() {
    endpoint.respond(request -> FakeChatEndpoint.Response.of(500, "{\"error\": \"bad key " + KEY + "\"}"));

    Answer answer = rewording.apply(EXTRACTIVE);

    assertThat(answer).isSameAs(EXTRACTIVE);
    assertThat(endpoint.requests()).extracting(FakeChatEndpoint.Request::authorization)
        .containsExactly("Bearer " + KEY);
    assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(KEY));
    assertThat(new LlmSettings(endpoint.baseUrl(), "m", Duration.ofSeconds(1), KEY).toString()).doesNotContain(KEY);
  }

  @Test
  void withoutAKeyNoAuthorizationIsSent() {
    endpoint.reply(GOOD);
    try (Rewording keyless = new Rewording(
        new LlmSettings(endpoint.baseUrl(), "test-model", Duration.ofSeconds(5), null))) {
      assertThat(keyless.apply(EXTRACTIVE)).isNotSameAs(EXTRACTIVE);
    }
    assertThat(endpoint.requests()).extracting(FakeChatEndpoint.Request::authorization).containsOnlyNulls();
  }

  @Test
  void anUnansweredQuestionIsNotSentToTheModel() {
    Answer declined = new Answer("What is the capital of Australia?", false, List.of(), List.of(), List.of(),
        "The indexed articles don't say.");

    assertThat(rewording.apply(declined)).isSameAs(declined);
    assertThat(endpoint.requests()).isEmpty();
  }

  @Test
  void aSentenceWithoutACitationFallsBack() {
    endpoint.reply("At least 143 people were killed in the Crocus City Hall attack near Moscow. "
        + "Officials said the toll had risen to 144 on Sunday [3]. The Islamic State group claimed responsibility [1].");

    assertFallsBack(Level.INFO, "carries no citation");
  }

  @Test
  void aCitationOfASourceNotGivenFallsBack() {
    endpoint.reply(GOOD.replace("responsibility [1]", "responsibility [4]"));

    assertFallsBack(Level.INFO, "cites [4], a source it was not given");
  }

  @Test
  void anInventedNumberFallsBack() {
    endpoint.reply(GOOD.replace("At least 143", "At least 145"));

    assertFallsBack(Level.INFO, "states 145");
  }

  @Test
  void aNumberFromAClaimItDoesNotCiteFallsBack() {
    endpoint.reply(GOOD.replace("risen to 144 on Sunday [3]", "risen to 143 on Sunday [3]"));

    assertFallsBack(Level.INFO, "states 143");
  }

  @Test
  void anInventedWordFallsBack() {
    endpoint.reply(GOOD.replace("The Islamic State group claimed", "The Islamic State group proudly claimed"));

    assertFallsBack(Level.INFO, "'proudly'");
  }

  @Test
  void anAddedNegationFallsBack() {
    endpoint.reply(GOOD.replace("group claimed responsibility", "group did not claim responsibility"));

    assertFallsBack(Level.INFO, "'not'");
  }

  @Test
  void aClaimLeftOutFallsBack() {
    endpoint.reply("At least 143 people were killed in the Crocus City Hall attack near Moscow [1][2]. "
        + "The Islamic State group claimed responsibility [1].");

    assertFallsBack(Level.INFO, "the claim citing [3] is left out");
  }

  @Test
  void anHttpErrorFallsBack() {
    endpoint.respond(request -> FakeChatEndpoint.Response.of(500, "{\"error\": {\"message\": \"overloaded\"}}"));

    assertFallsBack(Level.WARN, "HTTP 500");
  }

  @Test
  void aRefusedKeyFallsBackNamingTheVariable() {
    endpoint.respond(request -> FakeChatEndpoint.Response.of(401, "{\"error\": \"invalid api key\"}"));

    assertFallsBack(Level.WARN, "NEWSBOT_LLM_API_KEY");
  }

  @Test
  void aTimeoutFallsBack() {
    endpoint.respond(request -> FakeChatEndpoint.Response.hang());
    try (Rewording impatient = new Rewording(
        new LlmSettings(endpoint.baseUrl(), "test-model", Duration.ofSeconds(1), KEY))) {
      assertThat(impatient.apply(EXTRACTIVE)).isSameAs(EXTRACTIVE);
    }
    assertLogged(Level.WARN, "within 1 s");
  }

  @Test
  void malformedJsonFallsBack() {
    endpoint.respond(request -> FakeChatEndpoint.Response.of(200, "{\"choices\": [{\"message\": {\"content\": \"At"));

    assertFallsBack(Level.WARN, "not JSON");
  }

  @Test
  void jsonWithoutAMessageFallsBack() {
    endpoint.respond(request -> FakeChatEndpoint.Response.of(200, "{\"choices\": []}"));

    assertFallsBack(Level.WARN, "no choices[0].message.content");
  }

  @Test
  void anUnreachableEndpointFallsBack() {
    var closed = FakeChatEndpoint.start();
    var url = closed.baseUrl();
    closed.close();
    try (Rewording nowhere = new Rewording(new LlmSettings(url, "test-model", Duration.ofSeconds(5), KEY))) {
      assertThat(nowhere.apply(EXTRACTIVE)).isSameAs(EXTRACTIVE);
    }
    assertLogged(Level.WARN, "cannot reach the chat endpoint");
  }

  private void assertFallsBack(Level level, String reason) {
    assertThat(rewording.apply(EXTRACTIVE)).isSameAs(EXTRACTIVE);
    assertLogged(level, reason);
  }

  private void assertLogged(Level level, String reason) {
    assertThat(logs.events()).filteredOn(e -> e.getLoggerName().equals(Rewording.class.getName()))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.getLevel()).isEqualTo(level);
          assertThat(e.getFormattedMessage()).contains(reason).contains("serving the extractive answer");
        });
    assertThat(logs.lines()).noneMatch(line -> line.contains(KEY));
  }
}
