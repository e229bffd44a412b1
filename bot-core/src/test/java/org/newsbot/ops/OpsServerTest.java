package org.newsbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.Newsbot;
import org.newsbot.NewsbotSettings;
import org.newsbot.TestCorpus;
import org.newsbot.chat.Caller;
import org.newsbot.chat.ChatMessage;
import org.newsbot.chat.ChatPlatform;
import org.newsbot.chat.Reply;
import org.newsbot.chat.Role;
import org.newsbot.ingest.SourceSettings;
import org.newsbot.testing.Feeds;
import org.newsbot.testing.Hostile;
import org.newsbot.testing.TestWeb;

/**
 * The operations endpoint on a real port: /metrics moves as articles arrive and alerts are queued
 * and sent, /health says what is down.
 */
class OpsServerTest {
  private static final SourceSettings SETTINGS = SourceSettings.defaults().withAllowPrivateAddresses(true)
      .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));

  @TempDir
  Path dir;

  private TestWeb web;
  private Newsbot newsbot;
  private OpsServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    web = new TestWeb();
    newsbot = Newsbot.open(new NewsbotSettings(dir, null, null, null, false), SETTINGS);
    server = OpsServer.start(new InetSocketAddress("127.0.0.1", 0), newsbot.health(), newsbot.metrics());
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
    if (newsbot != null) {
      newsbot.close();
    }
    if (web != null) {
      web.close();
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort() + path))
        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private double metric(String series) throws Exception {
    HttpResponse<String> response = get("/metrics");
    assertThat(response.statusCode()).isEqualTo(200);
    return Scrape.value(response.body(), series);
  }

  @Test
  void metricsCountArticlesAsTheyArriveFailuresAnswersAndAlerts() throws Exception {
    String polled = "newsbot_articles_ingested_total{outcome=\"added\",via=\"poll\"}";
    String imported = "newsbot_articles_ingested_total{outcome=\"added\",via=\"import\"}";
    HttpResponse<String> first = get("/metrics");
    assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
        .startsWith("text/plain; version=0.0.4"));
    // every meter is there from the start, at zero
    for (String series : List.of(polled, imported, "newsbot_source_failures_total", "newsbot_answer_seconds_count",
        "newsbot_alerts_queued_total", "newsbot_alerts_sent_total", "newsbot_alerts_failed_total",
        "newsbot_rate_limit_wait_seconds_total{platform=\"telegram\"}")) {
      assertThat(Scrape.value(first.body(), series)).as(series).isZero();
    }
    assertThat(first.body()).contains("jvm_memory_used_bytes");

    List<Feeds.Item> items = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      items.add(new Feeds.Item("m" + i, web.url("/m/" + i), "Metric story " + i, null, null,
          Feeds.html(Feeds.paragraphs(300 + i, 4))));
    }
    web.serve("/feed.rss", "application/rss+xml", Feeds.rss2("Counted", web.url("/"), items));
    long feed = newsbot.webSources().add(web.url("/feed.rss"), null, "test").source().id();
    newsbot.webSources().poll(List.of(feed));
    assertThat(metric(polled)).isEqualTo(3);

    items.add(new Feeds.Item("m3", web.url("/m/3"), "Metric story 3", null, null, Feeds.html(Feeds.paragraphs(303, 4))));
    web.serve("/feed.rss", "application/rss+xml", Feeds.rss2("Counted", web.url("/"), items));
    newsbot.webSources().poll(List.of(feed));
    assertThat(metric(polled)).as("one more article in the feed").isEqualTo(4);
    assertThat(metric("newsbot_source_polls_total")).isEqualTo(2);

    web.route("/feed.rss", Hostile.status(500));
    newsbot.webSources().poll(List.of(feed));
    assertThat(metric("newsbot_source_failures_total")).isEqualTo(1);

    // a chat subscribes before the seed articles arrive: matching them queues its alerts
    List<String> delivered = new CopyOnWriteArrayList<>();
    newsbot.alerts().platforms().register(new ChatPlatform() {
      @Override
      public String name() {
        return "recording";
      }

      @Override
      public void send(String chatId, Reply reply) {
        delivered.add(chatId);
      }
    });
    newsbot.chat().handle(new ChatMessage("room", new Caller("recording", "u1", "Ann", Role.USER),
        "/subscribe crocus"));
    newsbot.importPaths(List.of(TestCorpus.seedArticles()));
    assertThat(metric(imported)).isEqualTo(5);
    assertThat(metric("newsbot_alerts_queued_total")).as("not matched yet").isZero();
    newsbot.alerts().matchPending();
    long queued = newsbot.alerts().outboxCount("PENDING");
    assertThat(queued).as("the seed articles are about Crocus City Hall").isPositive();
    assertThat(metric("newsbot_alerts_queued_total")).isEqualTo(queued);
    newsbot.alerts().matchPending();
    assertThat(metric("newsbot_alerts_queued_total")).as("matching again queues nothing more").isEqualTo(queued);
    newsbot.alerts().dispatchPending(); // the chat's rate limit lets a burst go now, the rest later
    assertThat(delivered).isNotEmpty();
    assertThat(metric("newsbot_alerts_sent_total")).isEqualTo(delivered.size());

    newsbot.ask("Who claimed responsibility for the Crocus City Hall attack?");
    newsbot.ask("What is the capital of Australia?");
    assertThat(metric("newsbot_answer_seconds_count")).isEqualTo(2);
    assertThat(metric("newsbot_answer_seconds_bucket{le=\"30.0\"}")).isEqualTo(2);

    newsbot.metrics().rateLimitWaited("telegram", Duration.ofMillis(1500));
    assertThat(metric("newsbot_rate_limit_wait_seconds_total{platform=\"telegram\"}")).isEqualTo(1.5);
  }

  @Test
  void healthIsUpWithTheDatabaseAndIndexAndDownWhenAnAdapterIs() throws Exception {
    newsbot.importPaths(List.of(TestCorpus.seedArticles()));
    newsbot.health().registerAdapter("telegram", () -> Health.Check.up(Map.of("mode", "long polling")));

    HttpResponse<String> up = get("/health");

    assertThat(up.statusCode()).isEqualTo(200);
    JsonNode json = new ObjectMapper().readTree(up.body());
    assertThat(json.path("status").asText()).isEqualTo("up");
    assertThat(json.path("database").path("status").asText()).isEqualTo("up");
    assertThat(json.path("database").path("product").asText()).isEqualTo("H2");
    assertThat(json.path("index").path("status").asText()).isEqualTo("up");
    assertThat(json.path("index").path("behind").asLong()).isZero();
    assertThat(json.path("index").path("applied_change").asLong()).isEqualTo(5);
    assertThat(json.path("index").path("passages").asInt()).isPositive();
    assertThat(json.path("adapters").path("telegram").path("mode").asText()).isEqualTo("long polling");

    newsbot.health().registerAdapter("discord", () -> Health.Check.down("disconnected from the gateway"));
    HttpResponse<String> down = get("/health");

    assertThat(down.statusCode()).isEqualTo(503);
    JsonNode detail = new ObjectMapper().readTree(down.body());
    assertThat(detail.path("status").asText()).isEqualTo("down");
    assertThat(detail.path("adapters").path("discord").path("status").asText()).isEqualTo("down");
    assertThat(detail.path("adapters").path("discord").path("reason").asText()).isEqualTo("disconnected from the gateway");
    assertThat(detail.path("database").path("status").asText()).isEqualTo("up");
  }

  @Test
  void aDatabaseThatIsGoneMakesHealthDownWithTheReason() throws Exception {
    newsbot.database().close();

    HttpResponse<String> response = get("/health");

    assertThat(response.statusCode()).isEqualTo(503);
    JsonNode json = new ObjectMapper().readTree(response.body());
    assertThat(json.path("database").path("status").asText()).isEqualTo("down");
    assertThat(json.path("database").path("reason").asText()).startsWith("cannot reach the database");
  }

  @Test
  void otherPathsAndMethodsAreRefused() throws Exception {
    assertThat(get("/").statusCode()).isEqualTo(404);
    assertThat(get("/admin").statusCode()).isEqualTo(404);
    HttpResponse<String> post = http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.address().getPort() + "/health"))
        .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
  }
}
