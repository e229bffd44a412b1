package org.newsbot.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Responses that misbehave, as feeds left running for months sometimes do. */
public final class Hostile {
  public static final long FIFTY_MB = 50L << 20;
  private static byte[] bomb;

  private Hostile() {}

  public static HttpHandler status(int status) {
    return exchange -> TestWeb.send(exchange, status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8));
  }

  public static HttpHandler tooManyRequests(int retryAfterSeconds) {
    return exchange -> {
      exchange.getResponseHeaders().set("Retry-After", String.valueOf(retryAfterSeconds));
      TestWeb.send(exchange, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
    };
  }

  public static HttpHandler slow(TestWeb web) {
    return exchange -> web.holdUntilClosed();
  }

  /** 50 MB of a feed that never ends, with no Content-Length. */
  public static HttpHandler fiftyMegabytes() {
    return exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      out.write("<rss version=\"2.0\"><channel><title>".getBytes(StandardCharsets.UTF_8));
      byte[] block = "x".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
      for (long sent = 0; sent < FIFTY_MB; sent += block.length) {
        out.write(block);
      }
      out.close();
    };
  }

  /** 50 MB of zeros gzipped to about 50 KB. */
  public static HttpHandler gzipBomb() {
    byte[] compressed = bomb();
    return exchange -> {
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      TestWeb.send(exchange, 200, "application/rss+xml", compressed);
    };
  }

  private static synchronized byte[] bomb() {
    if (bomb == null) {
      try {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
          byte[] block = new byte[64 * 1024];
          for (long sent = 0; sent < FIFTY_MB; sent += block.length) {
            out.write(block);
          }
        }
        bomb = bytes.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bomb;
  }

  public static HttpHandler redirect(String location) {
    return exchange -> redirect(exchange, location);
  }

  public static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(302, -1);
  }

  public static HttpHandler body(String contentType, String body) {
    return exchange -> TestWeb.send(exchange, 200, contentType, body.getBytes(StandardCharsets.UTF_8));
  }
}
