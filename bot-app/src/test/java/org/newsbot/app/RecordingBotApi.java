package org.newsbot.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Telegram Bot API server on 127.0.0.1 that records what a bot posts: {@code POST
 * /bot<token>/<method>} with JSON parameters, answered {@code {"ok":true,"result":...}}. getMe
 * names the bot, getUpdates long-polls for updates that never come, sendMessage answers with the
 * message as Telegram would, and the calls the adapter makes at start succeed. A wrong token gets
 * a 401, an unknown method a 404, as from Telegram.
 */
final class RecordingBotApi implements AutoCloseable {
  static final String TOKEN = "7000000001:AAtest-Token_for_two_instances-0123456";
  private static final Pattern PATH = Pattern.compile("^/bot([^/]+)/([A-Za-z]+)$");

  /** A message the bot posted: the chat and the text (Telegram HTML) as sent. */
  record Sent(String chatId, String text) {}

  private final ObjectMapper json = new ObjectMapper();
  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private final AtomicLong messageIds = new AtomicLong(1000);
  private final CountDownLatch closed = new CountDownLatch(1);

  RecordingBotApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    server.setExecutor(executor);
    server.createContext("/", this::exchange);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Sent> sent() {
    return List.copyOf(sent);
  }

  private void exchange(HttpExchange exchange) throws IOException {
    try (exchange) {
      Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
      if (!path.matches()) {
        error(exchange, 404, "Not Found");
        return;
      }
      if (!path.group(1).equals(TOKEN)) {
        error(exchange, 401, "Unauthorized");
        return;
      }
      JsonNode params = params(exchange);
      switch (path.group(2).toLowerCase(Locale.ROOT)) {
        case "getme" -> ok(exchange, json.createObjectNode().put("id", 7000000001L).put("is_bot", true)
            .put("first_name", "newsbot").put("username", "newsbot_pair_bot"));
        case "deletewebhook", "setmycommands", "sendchataction" ->
            ok(exchange, json.getNodeFactory().booleanNode(true));
        case "getupdates" -> {
          // holds the poll a while, as Telegram does when there is nothing new, so the bot does not spin
          awaitClose(Math.min(params.path("timeout").asLong(0), 1));
          ok(exchange, json.createArrayNode());
        }
        case "sendmessage" -> sendMessage(exchange, params);
        default -> error(exchange, 404, "Not Found: method not found");
      }
    }
  }

  private void sendMessage(HttpExchange exchange, JsonNode params) throws IOException {
    String chatId = params.path("chat_id").asText("");
    String text = params.path("text").asText("");
    if (!chatId.matches("-?\\d+") || text.isBlank()) {
      error(exchange, 400, "Bad Request: chat not found or message text is empty");
      return;
    }
    sent.add(new Sent(chatId, text));
    ObjectNode message = json.createObjectNode().put("message_id", messageIds.incrementAndGet())
        .put("date", System.currentTimeMillis() / 1000).put("text", text);
    message.set("chat", json.createObjectNode().put("id", Long.parseLong(chatId)).put("type", "private")
        .put("first_name", "Reader"));
    ok(exchange, message);
  }

  private JsonNode params(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (body.length == 0 || type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      return json.createObjectNode();
    }
    return json.readTree(body);
  }

  private void awaitClose(long seconds) {
    try {
      closed.await(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void ok(HttpExchange exchange, JsonNode result) throws IOException {
    ObjectNode body = json.createObjectNode().put("ok", true);
    body.set("result", result);
    respond(exchange, 200, body);
  }

  private void error(HttpExchange exchange, int code, String description) throws IOException {
    respond(exchange, code, json.createObjectNode().put("ok", false).put("error_code", code)
        .put("description", description));
  }

  private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
