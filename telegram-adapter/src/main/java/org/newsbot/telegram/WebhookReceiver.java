package org.newsbot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives updates that Telegram posts to the webhook. Every call must carry the secret token in
 * X-Telegram-Bot-Api-Secret-Token; anything else is refused before its body is read. Updates are
 * acknowledged at once and handled in the background; a redelivered update is ignored.
 */
final class WebhookReceiver implements AutoCloseable {
  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
  private static final Logger log = LoggerFactory.getLogger(WebhookReceiver.class);
  private static final int MAX_BODY = 1 << 20;
  private static final int REMEMBERED_UPDATES = 1000;

  private final HttpServer server;
  private final ExecutorService executor;
  private final byte[] secret;
  private final Consumer<Update> updates;
  private final ObjectMapper json = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private final LinkedHashSet<Integer> seen = new LinkedHashSet<>();

  WebhookReceiver(InetSocketAddress listen, String path, String secret, Consumer<Update> updates) throws IOException {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.updates = updates;
    this.server = HttpServer.create(listen, 64);
    this.executor = Executors.newFixedThreadPool(2, runnable -> {
      Thread thread = new Thread(runnable, "telegram-webhook");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext(path.isEmpty() ? "/" : path, this::exchange);
    server.start();
  }

  InetSocketAddress address() {
    return server.getAddress();
  }

  private void exchange(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        respond(exchange, 405, "POST only");
        return;
      }
      String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
      if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
        log.warn("refused a webhook call from {} without the right secret token",
            exchange.getRemoteAddress().getAddress().getHostAddress());
        respond(exchange, 401, "wrong secret token");
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(MAX_BODY + 1);
      }
      if (body.length > MAX_BODY) {
        respond(exchange, 413, "too large");
        return;
      }
      Update update;
      try {
        update = json.readValue(body, Update.class);
      } catch (JsonProcessingException e) {
        log.warn("a webhook call carried no readable update: {}", e.getOriginalMessage());
        respond(exchange, 400, "not an update");
        return;
      }
      respond(exchange, 200, "");
      if (firstTime(update.getUpdateId())) {
        updates.accept(update);
      }
    }
  }

  private boolean firstTime(Integer updateId) {
    if (updateId == null) {
      return true;
    }
    synchronized (seen) {
      if (!seen.add(updateId)) {
        return false;
      }
      if (seen.size() > REMEMBERED_UPDATES) {
        seen.remove(seen.iterator().next());
      }
      return true;
    }
  }

  private static void respond(HttpExchange exchange, int status, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(1);
    executor.shutdownNow();
  }
}
