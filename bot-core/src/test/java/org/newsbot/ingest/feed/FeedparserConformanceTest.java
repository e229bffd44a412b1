package org.newsbot.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.newsbot.ingest.SourceSettings;
import org.newsbot.ingest.poll.Preview;
import org.newsbot.ingest.poll.SourcePreview;

/**
 * feedparser's own test feeds (../shared/feedparser-dev), served on loopback and read as
 * {@code newsbot sources preview} reads a source, scored as its {@code score.py} scores: the
 * expectations of the form {@code PATH == LITERAL} whose path maps onto newsbot's fields.
 */
class FeedparserConformanceTest {
  /** The address feedparser's tests were written for; relative links in them resolve against it. */
  private static final int FEEDPARSER_PORT = 8097;
  private static final double REQUIRED_SHARE = 0.95;

  private static final Map<String, String[]> MAP = Map.ofEntries(
      Map.entry("feed['title']", new String[] {"feed", "title"}),
      Map.entry("feed['title_detail']['value']", new String[] {"feed", "title"}),
      Map.entry("entries[0]['title']", new String[] {"entry", "title"}),
      Map.entry("entries[0]['title_detail']['value']", new String[] {"entry", "title"}),
      Map.entry("entries[0]['link']", new String[] {"entry", "url"}),
      Map.entry("entries[0]['links'][0]['href']", new String[] {"entry", "url"}),
      Map.entry("entries[0]['author']", new String[] {"entry", "author"}),
      Map.entry("entries[0]['author_detail']['name']", new String[] {"entry", "author"}),
      Map.entry("entries[0]['published_parsed']", new String[] {"entry", "published"}),
      Map.entry("entries[0]['updated_parsed']", new String[] {"entry", "published"}),
      Map.entry("entries[0]['content'][0]['value']", new String[] {"entry", "text"}),
      Map.entry("entries[0]['summary']", new String[] {"entry", "text"}),
      Map.entry("entries[0]['description']", new String[] {"entry", "text"}));

  @Test
  void meetsFeedparsersExpectations() throws Exception {
    Path root = Path.of(System.getProperty("newsbot.shared"), "feedparser-dev").toAbsolutePath().normalize();
    List<JsonNode> cases = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(root.resolve("cases.jsonl"))) {
      if (!line.isBlank()) {
        cases.add(json.readTree(line));
      }
    }
    Map<String, Map<String, String>> headers = new HashMap<>();
    for (JsonNode c : cases) {
      Map<String, String> extra = new HashMap<>();
      if (c.hasNonNull("http_headers")) {
        c.get("http_headers").properties().forEach(e -> extra.put(e.getKey(), e.getValue().asText()));
      }
      headers.put("/tests/" + c.get("file").asText(), extra);
    }
    HttpServer server = server();
    server.createContext("/", exchange -> {
      try (exchange) {
        String path = exchange.getRequestURI().getPath();
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root.resolve("tests")) || !Files.isRegularFile(file)) {
          exchange.sendResponseHeaders(404, -1);
          return;
        }
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", "text/xml");
        headers.getOrDefault(path, Map.of()).forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    });
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.start();
    try {
      SourcePreview preview = new SourcePreview(SourceSettings.defaults().withAllowPrivateAddresses(true));
      String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/tests/";
      int total = 0;
      int met = 0;
      int failed = 0;
      List<String> misses = new ArrayList<>();
      Map<String, Preview> previews = new HashMap<>();
      for (JsonNode c : cases) {
        JsonNode equality = c.get("simple_equality");
        if (equality == null || equality.isNull() || !MAP.containsKey(equality.get("path").asText())) {
          continue;
        }
        total++;
        Object want;
        try {
          want = PythonLiteral.parse(equality.get("value").asText());
        } catch (RuntimeException e) {
          continue;
        }
        String file = c.get("file").asText();
        Preview read = previews.computeIfAbsent(file, f -> preview.preview(base + f));
        if (!read.ok()) {
          failed++;
          misses.add(file + ": " + read.error());
          continue;
        }
        String[] target = MAP.get(equality.get("path").asText());
        Object got = got(read, target);
        if (matches(target[1], want, got)) {
          met++;
        } else {
          misses.add(file + ": want " + want + " got " + got);
        }
      }
      System.out.printf("feedparser: %d/%d expectations met (%d%%), %d feeds refused or failed%n",
          met, total, 100 * met / Math.max(total, 1), failed);
      misses.forEach(miss -> System.out.println("  miss " + miss));
      assertThat(met).as("feedparser expectations met of %d (misses above)", total)
          .isGreaterThanOrEqualTo((int) Math.ceil(REQUIRED_SHARE * total));
    } finally {
      server.stop(0);
    }
  }

  /** On feedparser's port when it is free, so that their expected absolute links hold; else on any. */
  private static HttpServer server() throws IOException {
    try {
      return HttpServer.create(new InetSocketAddress("127.0.0.1", FEEDPARSER_PORT), 50);
    } catch (BindException e) {
      return HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    }
  }

  private static Object got(Preview read, String[] target) {
    if (target[0].equals("feed")) {
      return read.title();
    }
    if (read.entries().isEmpty()) {
      return null;
    }
    Preview.Entry entry = read.entries().getFirst();
    return switch (target[1]) {
      case "title" -> entry.title();
      case "url" -> entry.url();
      case "author" -> entry.author();
      case "published" -> entry.published();
      default -> entry.text();
    };
  }

  private static boolean matches(String field, Object want, Object got) {
    switch (field) {
      case "published" -> {
        if (!(want instanceof List<?> tuple) || !(got instanceof Instant instant)) {
          return false;
        }
        ZonedDateTime utc = instant.atZone(ZoneOffset.UTC);
        List<Long> wanted = tuple.subList(0, 6).stream().map(Long.class::cast).toList();
        return wanted.equals(List.of((long) utc.getYear(), (long) utc.getMonthValue(), (long) utc.getDayOfMonth(),
            (long) utc.getHour(), (long) utc.getMinute(), (long) utc.getSecond()));
      }
      case "author" -> {
        String g = norm(got == null ? "" : got.toString());
        String w = norm(String.valueOf(want));
        return !g.isEmpty() && (w.contains(g) || g.contains(w));
      }
      case "text" -> {
        if (got == null) {
          return false;
        }
        if (norm(String.valueOf(want)).isEmpty()) {
          return true;
        }
        for (String a : forms(String.valueOf(want))) {
          for (String b : forms(got.toString())) {
            if (!a.isEmpty() && b.contains(a)) {
              return true;
            }
          }
        }
        return false;
      }
      default -> {
        return got != null && norm(got.toString()).equals(norm(String.valueOf(want)));
      }
    }
  }

  private static String norm(String s) {
    String text = Parser.unescapeEntities(s.replaceAll("<[^>]+>", ""), false);
    return text.replaceAll("(?U)\\s+", " ").strip();
  }

  /** Markup stripped, or plain text that shows markup as characters, each also without spaces. */
  private static Set<String> forms(String s) {
    String plain = Parser.unescapeEntities(s, false).replaceAll("(?U)\\s+", " ").strip();
    return new LinkedHashSet<>(List.of(norm(s), plain, plain.replace(" ", ""), norm(s).replace(" ", "")));
  }
}
