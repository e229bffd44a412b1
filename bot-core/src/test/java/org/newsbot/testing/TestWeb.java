package org.newsbot.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A real HTTP server on 127.0.0.1 for tests: routes by exact path, records every request, and can
 * hold slow responses until the server closes, so no test waits for them.
 */
public final class TestWeb implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final CountDownLatch closing = new CountDownLatch(1);

  /** A request as the server saw it. */
  public record Request(String path, Map<String, List<String>> headers) {
    public String header(String name) {
      for (var entry : headers.entrySet()) {
        if (entry.getKey().equalsIgnoreCase(name)) {
          return entry.getValue().getFirst();
        }
      }
      return null;
    }
  }

  public TestWeb() throws IOException {
    this(200);
  }

  /** With room for {@code backlog} connections waiting to be accepted, for many clients at once. */
  public TestWeb(int backlog) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), backlog);
    server.setExecutor(executor);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getRawPath();
      String query = exchange.getRequestURI().getRawQuery();
      String full = query == null ? path : path + "?" + query;
      requests.add(new Request(full, Map.copyOf(exchange.getRequestHeaders())));
      HttpHandler handler = routes.getOrDefault(full, routes.get(path));
      try (exchange) {
        if (handler == null) {
          send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        } else {
          handler.handle(exchange);
        }
      } catch (IOException e) {
        // the client went away (a cut-off body): nothing to do
      }
    });
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://127.0.0.1:PORT/path}. */
  public String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  /** The same path under a host name of its own ({@code NAME.test} resolves to 127.0.0.1 in tests). */
  public String url(String host, String path) {
    return "http://" + host + ":" + port() + path;
  }

  public TestWeb route(String path, HttpHandler handler) {
    routes.put(path, handler);
    return this;
  }

  public TestWeb serve(String path, String contentType, String body) {
    return serve(path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  public TestWeb serve(String path, String contentType, byte[] body) {
    return route(path, exchange -> send(exchange, 200, contentType, body));
  }

  /** Serves what {@code body} gives for the request, so a test can change a page between polls. */
  public TestWeb serve(String path, String contentType, Function<HttpExchange, String> body) {
    return route(path, exchange -> send(exchange, 200, contentType,
        body.apply(exchange).getBytes(StandardCharsets.UTF_8)));
  }

  public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** Blocks a handler until the server closes (or a minute passes): a response slower than any timeout. */
  public void holdUntilClosed() {
    try {
      closing.await(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  public List<Request> requests(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
