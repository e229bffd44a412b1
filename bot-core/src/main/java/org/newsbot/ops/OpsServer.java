package org.newsbot.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations endpoint: {@code GET /health} answers 200 when every check is up and 503 when one
 * is down, with each check's detail as JSON; {@code GET /metrics} gives every meter in Prometheus's
 * text format. It is off unless configured, and binds to loopback unless told otherwise.
 */
public final class OpsServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OpsServer.class);
  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService executor;

  private OpsServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Listens on {@code address} (port 0: any free port) until closed. */
  public static OpsServer start(InetSocketAddress address, Health health, Metrics metrics) {
    HttpServer server;
    try {
      server = HttpServer.create(address, 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen for /health and /metrics on " + address.getHostString()
          + ":" + address.getPort() + ": " + e.getMessage(), e);
    }
    ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
      Thread thread = new Thread(runnable, "newsbot-http");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/", exchange -> {
      try (exchange) {
        if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
          exchange.getResponseHeaders().set("Allow", "GET, HEAD");
          send(exchange, 405, "text/plain; charset=utf-8", "only GET\n");
          return;
        }
        switch (exchange.getRequestURI().getPath()) {
          case "/health" -> {
            Health.Report report = health.check();
            send(exchange, report.up() ? 200 : 503, "application/json", json(report));
          }
          case "/metrics" -> send(exchange, 200, PROMETHEUS_TEXT, metrics.scrape());
          default -> send(exchange, 404, "text/plain; charset=utf-8", "newsbot serves /health and /metrics\n");
        }
      } catch (IOException | RuntimeException e) {
        log.debug("answering {} failed: {}", exchange.getRequestURI(), e.toString());
      }
    });
    server.start();
    log.info("serving /health and /metrics on http://{}:{}", address.getHostString(), server.getAddress().getPort());
    return new OpsServer(server, executor);
  }

  /** Where it listens, with the port it got. */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  static String json(Health.Report report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("status", report.up() ? "up" : "down");
    report.components().forEach((name, check) -> root.set(name, node(check)));
    ObjectNode adapters = root.putObject("adapters");
    report.adapters().forEach((name, check) -> adapters.set(name, node(check)));
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode node(Health.Check check) {
    ObjectNode node = JSON.createObjectNode();
    node.put("status", check.up() ? "up" : "down");
    for (Map.Entry<String, Object> entry : check.detail().entrySet()) {
      if (!entry.getKey().equals("status")) {
        node.set(entry.getKey(), JSON.valueToTree(entry.getValue()));
      }
    }
    return node;
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
