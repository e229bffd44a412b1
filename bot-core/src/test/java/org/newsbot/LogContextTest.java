package org.newsbot;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.chat.Caller;
import org.newsbot.chat.ChatMessage;
import org.newsbot.chat.Command;
import org.newsbot.chat.Role;
import org.newsbot.ingest.SourceSettings;
import org.newsbot.testing.Feeds;
import org.newsbot.testing.Hostile;
import org.newsbot.testing.MdcLogCapture;
import org.newsbot.testing.TestWeb;

/** Log lines about one source or one chat carry its id, whichever thread writes them. */
class LogContextTest {
  private static final SourceSettings SETTINGS = SourceSettings.defaults().withAllowPrivateAddresses(true)
      .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5))
      .withPolling(Duration.ofHours(1), Duration.ofHours(6), Duration.ofMillis(50));

  @TempDir
  Path dir;

  @Test
  void linesAboutASourceCarryItsIdWhenPolledNowAndOnSchedule() throws Exception {
    try (TestWeb web = new TestWeb();
        Newsbot newsbot = Newsbot.open(new NewsbotSettings(dir, null, null, null, false), SETTINGS);
        MdcLogCapture logs = new MdcLogCapture()) {
      web.serve("/now.rss", "application/rss+xml", Feeds.rss2("Now", web.url("/"), List.of()));
      web.serve("/later.rss", "application/rss+xml", Feeds.rss2("Later", web.url("/"), List.of()));
      long now = newsbot.webSources().add(web.url("/now.rss"), null, "test").source().id();
      web.route("/now.rss", Hostile.status(500));
      newsbot.webSources().poll(List.of(now));

      long later = newsbot.webSources().add(web.url("/later.rss"), null, "test").source().id();
      web.route("/later.rss", Hostile.status(503));
      newsbot.startPolling();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (failure(logs, later) == null && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }

      assertThat(failure(logs, now)).isNotNull().satisfies(event ->
          assertThat(event.getMDCPropertyMap()).containsEntry("source", Long.toString(now)));
      assertThat(failure(logs, later)).isNotNull().satisfies(event -> {
        assertThat(event.getThreadName()).startsWith("newsbot-poll-");
        assertThat(event.getMDCPropertyMap()).containsEntry("source", Long.toString(later));
      });
    }
  }

  @Test
  void linesAboutAChatCarryItsIdAndPlatform() throws Exception {
    try (Newsbot newsbot = Newsbot.open(new NewsbotSettings(dir, null, null, null, false));
        MdcLogCapture logs = new MdcLogCapture()) {
      newsbot.chat().register(new Command("broken", "/broken", "fails", Role.USER, (message, argument) -> {
        throw new IllegalStateException("broken on purpose");
      }));

      newsbot.chat().handle(new ChatMessage("-100123", new Caller("telegram", "42", "Ann", Role.USER), "/broken"));

      ILoggingEvent event = logs.events().stream().filter(e -> e.getFormattedMessage().contains("handling a message failed"))
          .findFirst().orElseThrow();
      assertThat(event.getMDCPropertyMap()).containsEntry("chat", "-100123").containsEntry("platform", "telegram");
    }
  }

  /** The log line saying that polling {@code source} failed. */
  private static ILoggingEvent failure(MdcLogCapture logs, long source) {
    return logs.events().stream()
        .filter(e -> e.getFormattedMessage().startsWith("polling source " + source + " ")
            && e.getFormattedMessage().contains("failed"))
        .findFirst().orElse(null);
  }
}
