package org.newsbot.answer.wording;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A client of an OpenAI-compatible {@code POST /chat/completions}: sends the messages with
 * temperature 0 and returns the first choice's text. The API key only ever goes into the
 * Authorization header; no message of this class contains it.
 */
final class ChatCompletionsClient implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One message of the conversation: {@code system} or {@code user}, and its text. */
  record Message(String role, String content) {}

  private final LlmSettings settings;
  private final HttpClient http;

  ChatCompletionsClient(LlmSettings settings) {
    this.settings = settings;
    // HTTP/1.1: local model servers do not all cope with an h2c upgrade request
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(settings.timeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** The model's reply to {@code messages}. */
  String complete(List<Message> messages) throws WordingFailure {
    HttpRequest.Builder request = HttpRequest.newBuilder(settings.chatCompletions())
        .timeout(settings.timeout())
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body(messages)));
    if (settings.apiKey() != null) {
      request.header("Authorization", "Bearer " + settings.apiKey());
    }
    HttpResponse<String> response = send(request.build());
    if (response.statusCode() == 401 || response.statusCode() == 403) {
      throw new WordingFailure("the chat endpoint refused the request (HTTP " + response.statusCode()
          + "); check NEWSBOT_LLM_API_KEY");
    }
    if (response.statusCode() / 100 != 2) {
      throw new WordingFailure("the chat endpoint answered HTTP " + response.statusCode());
    }
    return content(response.body());
  }

  private HttpResponse<String> send(HttpRequest request) throws WordingFailure {
    CompletableFuture<HttpResponse<String>> future =
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    try {
      // the request timeout covers the wait for headers; this bounds the body too
      return future.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw tooSlow();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new WordingFailure("interrupted while waiting for the chat endpoint");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof HttpTimeoutException) {
        throw tooSlow();
      }
      if (cause instanceof IOException) {
        throw new WordingFailure("cannot reach the chat endpoint at " + settings.describeEndpoint() + " ("
            + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
            + ")");
      }
      throw new WordingFailure("the request to the chat endpoint failed (" + cause.getClass().getSimpleName() + ")");
    }
  }

  private WordingFailure tooSlow() {
    return new WordingFailure("no reply from the chat endpoint within " + settings.timeout().toSeconds() + " s");
  }

  private String body(List<Message> messages) {
    ObjectNode body = JSON.createObjectNode();
    body.put("model", settings.model());
    ArrayNode list = body.putArray("messages");
    for (Message message : messages) {
      list.addObject().put("role", message.role()).put("content", message.content());
    }
    body.put("temperature", 0);
    body.put("stream", false);
    return body.toString();
  }

  /** {@code choices[0].message.content}, or why the reply is not chat-completions JSON. */
  static String content(String body) throws WordingFailure {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new WordingFailure("the chat endpoint's reply is not JSON");
    }
    JsonNode content = root == null ? null : root.path("choices").path(0).path("message").path("content");
    if (content == null || !content.isTextual()) {
      throw new WordingFailure("the chat endpoint's reply has no choices[0].message.content text");
    }
    if (content.asText().isBlank()) {
      throw new WordingFailure("the model's reply is empty");
    }
    return content.asText();
  }

  @Override
  public void close() {
    // a request still waiting is of no use once newsbot stops
    http.shutdownNow();
  }
}
