package org.newsbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsbot run} without a terminal: what it starts, and how it stops when it cannot. */
class RunCommandTest {
  private static final String TOKEN = "secret-token-123";

  @TempDir
  Path dir;

  private HttpServer discord;
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalErr;

  @BeforeEach
  void start() throws Exception {
    // a Discord that refuses every token
    discord = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    discord.createContext("/", exchange -> {
      authorizations.add(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
      byte[] body = "{\"message\":\"401: Unauthorized\",\"code\":0}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(401, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    discord.start();
    originalErr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    System.setErr(originalErr);
    discord.stop(0);
  }

  @Test
  void withoutATerminalOrAChatPlatformThereIsNothingToRun() {
    int exit = Main.execute(Map.of(), "--data", dir.toString(), "run");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("nothing to run").contains("DISCORD_BOT_TOKEN");
  }

  @Test
  void startsDiscordWhenItsTokenIsSetAndStopsClearlyWhenDiscordRefusesIt() {
    Map<String, String> env = Map.of("DISCORD_BOT_TOKEN", TOKEN,
        "NEWSBOT_DISCORD_API_URL", "http://127.0.0.1:" + discord.getAddress().getPort() + "/api/v10/");

    int exit = Main.execute(env, "--data", dir.toString(), "run");

    assertThat(exit).isEqualTo(1);
    assertThat(authorizations).contains("/api/v10/gateway/bot Bot " + TOKEN);
    String output = err.toString(StandardCharsets.UTF_8);
    assertThat(output).contains("newsbot: Discord refused the bot token; check DISCORD_BOT_TOKEN");
    assertThat(output).doesNotContain(TOKEN);
  }
}
