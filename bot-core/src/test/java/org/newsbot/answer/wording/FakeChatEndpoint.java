package org.newsbot.answer.wording;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A chat-completions endpoint on 127.0.0.1 speaking the OpenAI JSON shape: it records each request
 * and replies as the test tells it (a model reply, an HTTP status and body, or no reply at all).
 */
public final class FakeChatEndpoint implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A request as it arrived. */
  public record Request(String method, String path, String authorization, String contentType, JsonNode body) {
    /** The text of the user message: the question and the claims. */
    public String userMessage() {
      for (JsonNode message : body.path("messages")) {
        if (message.path("role").asText().equals("user")) {
          return message.path("content").asText();
        }
      }
      return "";
    }
  }

  /** What to send back: a status and body, or nothing until the endpoint closes. */
  public record Response(int status, String body, boolean hangs) {
    public static Response of(int status, String body) {
      return new Response(status, body, false);
    }

    /** A well-formed chat completion whose message is {@code content}. */
    public static Response completion(String content) {
      ObjectNode root = JSON.createObjectNode();
      root.put("id", "chatcmpl-1").put("object", "chat.completion").put("model", "test-model");
      ObjectNode choice = root.putArray("choices").addObject();
      choice.put("index", 0).put("finish_reason", "stop");
      choice.putObject("message").put("role", "assistant").put("content", content);
      return of(200, root.toString());
    }

    public static Response hang() {
      return new Response(0, "", true);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "fake-chat-endpoint");
    thread.setDaemon(true);
    return thread;
  });
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final CountDownLatch closing = new CountDownLatch(1);
  private volatile Function<Request, Response> responder = request -> Response.of(500, "{}");

  private FakeChatEndpoint() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  public static FakeChatEndpoint start() {
    return new FakeChatEndpoint();
  }

  /** The base URL to configure: requests go to {@code /v1/chat/completions} under it. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
  }

  public void respond(Function<Request, Response> responder) {
    this.responder = responder;
  }

  public void reply(String content) {
    respond(request -> Response.completion(content));
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] raw = exchange.getRequestBody().readAllBytes();
      JsonNode body;
      try {
        body = JSON.readTree(raw);
      } catch (IOException e) {
        body = JSON.createObjectNode();
      }
      Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
          exchange.getRequestHeaders().getFirst("Authorization"),
          exchange.getRequestHeaders().getFirst("Content-Type"), body);
      requests.add(request);
      Response response = responder.apply(request);
      if (response.hangs()) {
        try {
          closing.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return;
      }
      byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
