package org.newsbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.answer.Answer;
import org.newsbot.answer.Claim;
import org.newsbot.answer.wording.FakeChatEndpoint;
import org.newsbot.answer.wording.LlmSettings;
import org.newsbot.chat.Caller;
import org.newsbot.chat.ChatMessage;
import org.newsbot.chat.Reply;
import org.newsbot.chat.Role;

/**
 * Generative wording wired into the core: with an endpoint configured, answers over the seed
 * articles come back reworded (through {@code ask} and the chat alike), still citing their sources.
 */
class NewsbotWordingTest {
  private static final String ANSWERABLE = "Who claimed responsibility for the Crocus City Hall attack?";
  private static final Pattern CLAIM_LINE = Pattern.compile("(?m)^((?:\\[\\d+\\])+) (.+)$");
  private static final String PREFIX = "According to reports, ";

  @TempDir
  static Path data;

  private static FakeChatEndpoint endpoint;
  private static Newsbot newsbot;

  @BeforeAll
  static void open() {
    endpoint = FakeChatEndpoint.start();
    LlmSettings llm = new LlmSettings(endpoint.baseUrl(), "test-model", Duration.ofSeconds(10), "sk-wired");
    newsbot = Newsbot.open(new NewsbotSettings(data, null, null, null, false).withLlm(llm));
    assertThat(newsbot.importPaths(List.of(TestCorpus.seedArticles())).added()).isEqualTo(5);
  }

  @AfterAll
  static void close() {
    newsbot.close();
    endpoint.close();
  }

  /** A model that restates each claim after a few words of attribution, keeping its marks. */
  @BeforeEach
  void attributingModel() {
    endpoint.respond(request -> {
      StringBuilder reply = new StringBuilder();
      Matcher claim = CLAIM_LINE.matcher(request.userMessage());
      while (claim.find()) {
        // a claim of two sentences is restated as one
        String text = claim.group(2).strip().replaceAll("[.!?]$", "").replaceAll("[.!?]\\s+", "; ");
        reply.append(PREFIX).append(text).append(' ').append(claim.group(1)).append(". ");
      }
      return FakeChatEndpoint.Response.completion(reply.toString());
    });
  }

  @Test
  void askServesTheCheckedRewording() {
    Answer answer = newsbot.ask(ANSWERABLE);

    assertThat(answer.answered()).isTrue();
    assertThat(answer.claims()).isNotEmpty().allSatisfy(claim -> {
      assertThat(claim.text()).startsWith(PREFIX);
      assertThat(claim.sources()).isNotEmpty();
    });
    assertThat(answer.text()).startsWith(PREFIX).contains("Sources:");
    assertThat(endpoint.requests()).last().satisfies(request -> {
      assertThat(request.authorization()).isEqualTo("Bearer sk-wired");
      assertThat(request.userMessage()).contains(ANSWERABLE);
    });
  }

  @Test
  void chatRepliesAreRewordedToo() {
    Reply reply = newsbot.chat().handle(new ChatMessage("chat-1",
        new Caller("test", "user-1", "A reader", Role.USER), ANSWERABLE));

    assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
    assertThat(reply.blocks()).first().satisfies(block -> assertThat(block.plain()).startsWith(PREFIX));
  }

  @Test
  void aFailingEndpointLeavesTheExtractiveAnswer() {
    endpoint.respond(request -> FakeChatEndpoint.Response.of(503, "{}"));

    Answer answer = newsbot.ask(ANSWERABLE);

    assertThat(answer.answered()).isTrue();
    assertThat(answer.claims()).isNotEmpty().extracting(Claim::text).noneMatch(text -> text.startsWith(PREFIX));
  }

  @Test
  void aDeclinedQuestionIsNotSentToTheModel() {
    int before = endpoint.requests().size();

    Answer answer = newsbot.ask("What is the capital of Australia?");

    assertThat(answer.answered()).isFalse();
    assertThat(endpoint.requests()).hasSize(before);
  }
}
