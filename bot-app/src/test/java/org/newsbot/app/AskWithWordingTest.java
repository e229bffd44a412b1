package org.newsbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsbot ask} with {@code NEWSBOT_LLM_*} set: the answer comes reworded by a chat endpoint
 * on 127.0.0.1, in the same JSON shape, and the key reaches the endpoint as a bearer token.
 */
class AskWithWordingTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String QUESTION = "Who claimed responsibility for the Crocus City Hall attack?";
  private static final Pattern CLAIM_LINE = Pattern.compile("(?m)^((?:\\[\\d+\\])+) (.+)$");

  @TempDir
  Path data;

  private HttpServer server;
  private final List<String> authorizations = new CopyOnWriteArrayList<>();

  /** A chat endpoint that restates each claim it is given after "According to reports,". */
  @BeforeEach
  void startEndpoint() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/chat/completions", exchange -> {
      try (exchange) {
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        JsonNode request = JSON.readTree(exchange.getRequestBody());
        StringBuilder reply = new StringBuilder();
        Matcher claim = CLAIM_LINE.matcher(request.path("messages").get(1).path("content").asText());
        while (claim.find()) {
          reply.append("According to reports, ").append(claim.group(2).strip().replaceAll("[.!?]$", "")
              .replaceAll("[.!?]\\s+", "; "))
              .append(' ').append(claim.group(1)).append(". ");
        }
        ObjectNode body = JSON.createObjectNode();
        body.putArray("choices").addObject().putObject("message").put("role", "assistant")
            .put("content", reply.toString());
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    });
    server.start();
  }

  @AfterEach
  void stopEndpoint() {
    server.stop(0);
  }

  @Test
  void askJsonServesTheRewordingInTheSameShape() throws IOException {
    Map<String, String> env = Map.of("NEWSBOT_ANSWERS_SEMANTIC", "false",
        "NEWSBOT_LLM_URL", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1",
        "NEWSBOT_LLM_MODEL", "test-model",
        "NEWSBOT_LLM_API_KEY", "sk-from-env");
    Cli.Result imported = Cli.run(env, "--data", data.toString(), "import", Cli.seedArticles().toString());
    assertThat(imported.code()).as(imported.err()).isZero();

    Cli.Result result = Cli.run(env, "--data", data.toString(), "ask", "--json", QUESTION);

    assertThat(result.code()).as(result.err()).isZero();
    JsonNode answer = JSON.readTree(result.out());
    List<String> fields = new java.util.ArrayList<>();
    answer.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("question", "answered", "text", "notes", "claims", "sources", "conflicts",
        "confidence");
    assertThat(answer.get("answered").asBoolean()).isTrue();
    assertThat(answer.get("text").asText()).startsWith("According to reports, ");
    assertThat(answer.get("claims")).isNotEmpty().allSatisfy(claim ->
        assertThat(claim.get("text").asText()).startsWith("According to reports, "));
    assertThat(authorizations).containsExactly("Bearer sk-from-env");
    assertThat(result.out() + result.err()).doesNotContain("sk-from-env");
  }

  @Test
  void withoutLlmUrlNothingIsSent() {
    Map<String, String> env = Map.of("NEWSBOT_ANSWERS_SEMANTIC", "false", "NEWSBOT_LLM_MODEL", "test-model");
    Cli.run(env, "--data", data.toString(), "import", Cli.seedArticles().toString());

    Cli.Result result = Cli.run(env, "--data", data.toString(), "ask", QUESTION);

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).doesNotContain("According to reports");
    assertThat(authorizations).isEmpty();
  }
}
