package org.newsbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The http.* settings, and {@code newsbot run} as a service with only the /health and /metrics endpoint. */
class OpsEndpointTest {
  @TempDir
  Path dir;

  private static AppConfig config(Map<String, String> env) {
    return AppConfig.load(null, env);
  }

  @Test
  void theEndpointIsOffUnlessAPortIsSetAndListensOnLoopbackByDefault() {
    assertThat(OpsEndpoint.address(config(Map.of()))).isNull();

    InetSocketAddress address = OpsEndpoint.address(config(Map.of("NEWSBOT_HTTP_PORT", "9464")));
    assertThat(address.getHostString()).isEqualTo("127.0.0.1");
    assertThat(address.getPort()).isEqualTo(9464);

    InetSocketAddress everywhere = OpsEndpoint.address(config(Map.of("NEWSBOT_HTTP_PORT", "9464",
        "NEWSBOT_HTTP_BIND", "0.0.0.0")));
    assertThat(everywhere.getAddress().isAnyLocalAddress()).isTrue();
  }

  @Test
  void aBadPortIsRefusedClearly() {
    assertThatThrownBy(() -> OpsEndpoint.address(config(Map.of("NEWSBOT_HTTP_PORT", "http"))))
        .hasMessage("http.port must be a port number, not 'http'");
    assertThatThrownBy(() -> OpsEndpoint.address(config(Map.of("NEWSBOT_HTTP_PORT", "70000"))))
        .hasMessage("http.port must be between 0 and 65535, not 70000");
  }

  @Test
  void runWithOnlyTheEndpointServesHealthFollowsWhatOthersImportAndStopsOnSigterm() throws Exception {
    Path data = dir.resolve("data");
    try (ChildNewsbot service = ChildNewsbot.start("service", data, Map.of("NEWSBOT_HTTP_PORT", "0",
        "NEWSBOT_ANSWERS_SEMANTIC", "false"), "run")) {
      int port = service.httpPort();
      HttpClient http = HttpClient.newHttpClient();
      JsonNode before = health(http, port);
      assertThat(before.path("status").asText()).isEqualTo("up");
      assertThat(before.path("database").path("product").asText()).isEqualTo("H2");
      assertThat(before.path("index").path("applied_change").asLong()).isZero();

      // another process imports into the same data folder; the running instance indexes it
      Cli.Result imported = Cli.run(Map.of("NEWSBOT_ANSWERS_SEMANTIC", "false"), "--data", data.toString(),
          "import", Cli.seedArticles().toString());
      assertThat(imported.code()).isZero();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      JsonNode after = health(http, port);
      while ((after.path("index").path("applied_change").asLong() < 5 || after.path("index").path("passages").asInt() == 0)
          && System.nanoTime() < deadline) {
        Thread.sleep(200);
        after = health(http, port);
      }
      assertThat(after.path("index").path("applied_change").asLong()).isEqualTo(5);
      assertThat(after.path("index").path("behind").asLong()).isZero();
      assertThat(after.path("index").path("passages").asInt()).isPositive();

      HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
          + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(Scrape.value(metrics.body(), "newsbot_source_failures_total")).isZero();

      assertThat(service.stop()).as("stops on SIGTERM").isTrue();
    }
  }

  private static JsonNode health(HttpClient http, int port) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
        + "/health")).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }
}
