package org.newsbot.app;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A real HTTP server on 127.0.0.1 serving fixed responses by path. */
final class Loopback implements AutoCloseable {
  record Response(int status, String contentType, byte[] body, Map<String, String> headers) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final Map<String, Response> responses = new ConcurrentHashMap<>();

  Loopback() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
    server.setExecutor(executor);
    server.createContext("/", exchange -> {
      try (exchange) {
        Response response = responses.get(exchange.getRequestURI().getRawPath());
        if (response == null) {
          response = new Response(404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8), Map.of());
        }
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
        if (response.body().length > 0) {
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
          }
        }
      }
    });
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  Loopback serve(String path, String contentType, String body) {
    return serve(path, new Response(200, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of()));
  }

  Loopback serve(String path, Response response) {
    responses.put(path, response);
    return this;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
