package org.newsbot.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsbot.chat.DeliveryException;
import org.newsbot.chat.DeliveryException.Kind;
import org.newsbot.testing.MdcLogCapture;
import org.newsbot.testing.TestDatabase.Backend;

/** Log lines written while an alert is delivered carry its id and its chat's, and only while it is. */
class DeliveryLogContextTest {
  @TempDir
  Path dir;

  private AlertsFixture fixture;

  @AfterEach
  void close() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aFailedDeliveryLogsTheAlertAndChatAndTheNextMessageOnTheThreadDoesNotInheritThem(Backend backend) {
    TestClock clock = new TestClock(Instant.parse("2024-05-01T10:20:00Z"));
    // one sender thread: every message below goes through the same thread, one after the other
    fixture = new AlertsFixture(dir, clock, AlertSettings.defaults().withRates(0, 0)
        .withDelivery(1, ZoneOffset.UTC, 20), backend);
    fixture.say("room-a", "/subscribe harbour");
    fixture.say("room-b", "/digest hourly");
    fixture.say("room-b", "/subscribe harbour");
    fixture.save("https://port.example/crane", "Harbour crane lifts its first container",
        "The new harbour crane lifted its first container on Monday, the port authority said.");
    fixture.platform.failNext(new DeliveryException(Kind.TRANSIENT, "HTTP 502 Bad Gateway"));

    List<ILoggingEvent> events;
    try (MdcLogCapture logs = new MdcLogCapture()) {
      fixture.matchAndSend();
      events = logs.events();
    }

    long alert = fixture.queryLong("SELECT alert_id FROM alert_outbox WHERE chat_id = 'room-a'");
    assertThat(events).filteredOn(event -> event.getFormattedMessage().contains("failed (attempt 1), retrying"))
        .singleElement().satisfies(event -> {
          assertThat(event.getThreadName()).startsWith("newsbot-alert-sender-");
          assertThat(event.getFormattedMessage()).contains("HTTP 502 Bad Gateway");
          assertThat(event.getMDCPropertyMap()).containsEntry("alert", Long.toString(alert))
              .containsEntry("chat", "room-a").containsEntry("platform", "recording");
        });
    assertThat(fixture.platform.sent()).isEmpty();

    clock.advance(Duration.ofMinutes(1));
    fixture.matchAndSend();
    assertThat(fixture.sentTo("room-a")).singleElement().satisfies(sent -> assertThat(sent.logContext())
        .containsEntry("alert", Long.toString(alert)).containsEntry("chat", "room-a"));

    // room-b's digest is due; it stands for no one alert, and the thread's last alert is not in its context
    clock.advance(Duration.ofHours(1));
    fixture.matchAndSend();
    assertThat(fixture.sentTo("room-b")).singleElement().satisfies(digest -> {
      assertThat(digest.key()).startsWith("digest:");
      assertThat(digest.logContext()).containsEntry("chat", "room-b").doesNotContainKey("alert");
    });
  }
}
