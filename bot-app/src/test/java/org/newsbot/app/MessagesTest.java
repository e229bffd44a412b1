package org.newsbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.store.Database;

/**
 * What users see when something is wrong: one sentence, never an exception's name, and nothing
 * logged before it; and a bot stopped while it polls closes its database last, without errors.
 */
class MessagesTest {
  @TempDir
  Path dir;

  private final List<ChildNewsbot> children = new ArrayList<>();
  private HttpServer web;

  @AfterEach
  void stop() {
    children.forEach(ChildNewsbot::close);
    if (web != null) {
      web.stop(0);
    }
  }

  private ChildNewsbot child(String name, Path data, Map<String, String> env, String... args) throws Exception {
    ChildNewsbot child = ChildNewsbot.start(name, data, env, args);
    children.add(child);
    return child;
  }

  @Test
  void aReadOnlyDataFolderIsSaidInOneLine() throws Exception {
    Path data = Files.createDirectories(dir.resolve("archive"));
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
    if (Files.isWritable(data)) {
      data = Path.of("/sys/kernel"); // permissions do not stop root; sysfs does
    }
    for (List<String> command : List.of(List.of("ask", "anything"), List.of("run"), List.of("import", "x.jsonl"))) {
      ChildNewsbot newsbot = child(command.getFirst(), data, Map.of("NEWSBOT_HTTP_PORT", "0"),
          command.toArray(String[]::new));
      assertThat(newsbot.awaitExit(120)).isEqualTo(1);
      assertThat(newsbot.errors()).singleElement().asString()
          .startsWith("newsbot: the data folder " + data + " is read-only for this user;")
          .doesNotContain("Exception");
      assertThat(newsbot.output()).isEmpty();
    }
  }

  @Test
  void aFailureNamesNoExceptionClass() {
    assertThat(Failures.sentence(new NullPointerException("Cannot invoke \"String.length()\" because \"x\" is null")))
        .isEqualTo("the command failed unexpectedly; the log in the data folder's logs has the details.");
    assertThat(Failures.sentence(new StackOverflowError())).isEqualTo("the command's input is nested too deeply to read.");
    assertThat(Failures.sentence(new IllegalStateException(new java.io.IOException("No space left on device"))))
        .isEqualTo("No space left on device");
    assertThat(Failures.sentence(new IllegalArgumentException("the query has an unclosed quote")))
        .isEqualTo("the query has an unclosed quote");
    assertThat(Failures.sentence(new RuntimeException())).doesNotContain("Exception");
  }

  @Test
  void aBotStoppedWhilePollingStopsItsPollersBeforeItsDatabase() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    CountDownLatch slowPollStarted = new CountDownLatch(1);
    web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
    web.setExecutor(Executors.newCachedThreadPool());
    web.createContext("/feed", exchange -> {
      if (requests.incrementAndGet() > 1) {
        slowPollStarted.countDown();
        try {
          Thread.sleep(30_000); // the bot is stopped while it waits for this
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      byte[] body = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour news</title>"
          + "<item><title>The harbour bridge opens</title><link>http://127.0.0.1/a</link><description>The new"
          + " harbour bridge opened on Monday after four years of building, the council said.</description></item>"
          + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
      try {
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      } catch (IOException e) {
        // the bot hung up
      }
    });
    web.start();
    Path data = dir.resolve("data");
    Map<String, String> env = Map.of("NEWSBOT_SOURCES_ALLOW_PRIVATE_ADDRESSES", "true", "NEWSBOT_HTTP_PORT", "0",
        "NEWSBOT_ANSWERS_SEMANTIC", "false");
    ChildNewsbot add = child("add", data, env, "sources", "add",
        "http://127.0.0.1:" + web.getAddress().getPort() + "/feed");
    assertThat(add.awaitExit(120)).as(String.join("\n", add.errors())).isZero();
    try (Database database = Database.open(Database.embeddedUrl(data), null, null);
        Connection connection = database.connection()) {
      connection.createStatement().executeUpdate("UPDATE source_polls SET next_attempt = TIMESTAMP WITH TIME ZONE"
          + " '2020-01-01 00:00:00+00'"); // due now
    }

    ChildNewsbot bot = child("run", data, env, "run").awaitError("newsbot: running");
    assertThat(slowPollStarted.await(90, TimeUnit.SECONDS)).as("the poll began").isTrue();
    assertThat(bot.stop()).as("stopped in time").isTrue();
    assertThat(String.join("\n", bot.errors())).doesNotContainIgnoringCase("closed").doesNotContain("Exception")
        .doesNotContain("ERROR");
  }
}
