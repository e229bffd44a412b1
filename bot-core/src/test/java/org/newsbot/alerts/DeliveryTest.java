package org.newsbot.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsbot.chat.DeliveryException;
import org.newsbot.chat.DeliveryException.Kind;
import org.newsbot.ops.Metrics;
import org.newsbot.ops.Scrape;
import org.newsbot.testing.TestDatabase.Backend;

/**
 * The dispatcher against a platform that misbehaves: rate limits with a retry-after, server
 * errors, chats that are gone, messages it refuses.
 */
class DeliveryTest {
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
  void aStormOf429AndServerErrorsDeliversEveryAlertOnceInOrderWithinEachChat(Backend backend) throws Exception {
    fixture = new AlertsFixture(dir, Clock.systemUTC(), AlertSettings.defaults().withRates(0, 0)
        .withRetries(Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofMinutes(2), Duration.ofHours(1)), backend);
    Metrics metrics = Metrics.create();
    fixture.alerts.measure(metrics);
    for (String room : List.of("room-a", "room-b", "room-c")) {
      fixture.say(room, "/subscribe harbour");
    }
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      ids.add(fixture.save("https://port.example/news-" + i, "Harbour news number " + i,
          "Harbour report " + i + ": ships carrying cargo number " + i + " arrived today."));
    }
    // every third call is rate-limited with a retry-after, and two of every seven calls fail with a 5xx
    fixture.platform.script(call -> call % 3 == 0
        ? new DeliveryException(Kind.RATE_LIMITED, "429 Too Many Requests", Duration.ofMillis(150), null)
        : call % 7 < 2 ? new DeliveryException(Kind.TRANSIENT, "HTTP 50" + (call % 2 + 2)) : null);

    fixture.alerts.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (fixture.alerts.outboxCount("SENT") < 24 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    fixture.alerts.close();

    assertThat(fixture.platform.calls()).as("the storm was real").isGreaterThan(36);
    Map<String, Long> perKey = fixture.platform.sent().stream()
        .collect(Collectors.groupingBy(sent -> sent.chatId() + " " + sent.key(), Collectors.counting()));
    assertThat(perKey).hasSize(24).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
    for (String room : List.of("room-a", "room-b", "room-c")) {
      assertThat(fixture.sentTo(room)).extracting(sent -> Long.parseLong(sent.reply().sources().getFirst().articleId()))
          .as(room).containsExactlyElementsOf(ids);
    }
    String scrape = metrics.scrape();
    assertThat(Scrape.value(scrape, "newsbot_alerts_queued_total")).isEqualTo(24);
    assertThat(Scrape.value(scrape, "newsbot_alerts_sent_total")).isEqualTo(24);
    assertThat(Scrape.value(scrape, "newsbot_alerts_failed_total")).isEqualTo(fixture.platform.calls() - 24);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aChatThatIsGoneIsParkedAndGetsItsAlertsWhenItComesBack(Backend backend) {
    TestClock clock = new TestClock(Instant.parse("2024-05-01T10:00:00Z"));
    fixture = new AlertsFixture(dir, clock, AlertSettings.defaults().withRates(0, 0), backend);
    fixture.say("room-gone", "/subscribe harbour");
    fixture.say("room-ok", "/subscribe harbour");
    RecordingPlatform platform = fixture.platform;
    Function<String, Boolean> kicked = chat -> chat.equals("room-gone");
    fixture.save("https://port.example/a", "Harbour crane", "The new harbour crane lifted its first container.");
    fixture.alerts.matchPending();
    GoneChats gone = new GoneChats(platform, kicked);
    fixture.alerts.platforms().register(gone);

    fixture.alerts.dispatchPending();
    fixture.save("https://port.example/b", "Harbour strike", "Harbour workers went on strike over night shifts.");
    fixture.matchAndSend();

    assertThat(fixture.sentTo("room-ok")).hasSize(2);
    assertThat(fixture.sentTo("room-gone")).isEmpty();
    assertThat(gone.refusals).as("parked after the first refusal, not hammered").isEqualTo(1);
    assertThat(fixture.queryLong("SELECT COUNT(*) FROM alert_chats WHERE chat_id = 'room-gone' AND parked_at IS NOT NULL"))
        .isEqualTo(1);

    // the bot is back in the chat and someone uses it there
    gone.back = true;
    assertThat(fixture.say("room-gone", "/subscriptions").blocks().get(1).plain())
        .contains("Alerts to this chat were paused because the bot could not post here");
    fixture.matchAndSend();

    assertThat(fixture.sentTo("room-gone")).extracting(sent -> sent.reply().sources().getFirst().title())
        .containsExactly("Harbour crane", "Harbour strike");
    assertThat(fixture.queryLong("SELECT COUNT(*) FROM alert_chats WHERE parked_at IS NOT NULL")).isZero();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aParkedChatIsTriedAgainAfterAWhileOnItsOwn(Backend backend) {
    TestClock clock = new TestClock(Instant.parse("2024-05-01T10:00:00Z"));
    fixture = new AlertsFixture(dir, clock, AlertSettings.defaults().withRates(0, 0), backend);
    fixture.say("room-gone", "/subscribe harbour");
    GoneChats gone = new GoneChats(fixture.platform, chat -> true);
    fixture.alerts.platforms().register(gone);
    fixture.save("https://port.example/a", "Harbour crane", "The new harbour crane lifted its first container.");
    fixture.matchAndSend();
    clock.advance(Duration.ofMinutes(59));
    fixture.matchAndSend();
    assertThat(gone.refusals).isEqualTo(1);

    gone.back = true;
    clock.advance(Duration.ofMinutes(2));
    fixture.matchAndSend();

    assertThat(fixture.sentTo("room-gone")).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aMessageThePlatformRefusesIsDroppedAndTheNextOneGoesOut(Backend backend) {
    fixture = new AlertsFixture(dir, Clock.systemUTC(), AlertSettings.defaults().withRates(0, 0), backend);
    fixture.say("room", "/subscribe harbour");
    fixture.save("https://port.example/a", "Harbour crane", "The new harbour crane lifted its first container.");
    fixture.save("https://port.example/b", "Harbour strike", "Harbour workers went on strike over night shifts.");
    fixture.platform.failNext(new DeliveryException(Kind.REJECTED, "400 Bad Request: message is too long"));

    fixture.matchAndSend();

    assertThat(fixture.sentTo("room")).extracting(sent -> sent.reply().sources().getFirst().title())
        .containsExactly("Harbour strike");
    assertThat(fixture.alerts.outboxCount("FAILED")).isEqualTo(1);
    assertThat(fixture.platform.calls()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void thePerChatRateLimitSpacesMessagesOut(Backend backend) {
    fixture = new AlertsFixture(dir, Clock.systemUTC(), AlertSettings.defaults().withRates(20, 0), backend);
    fixture.say("room", "/subscribe harbour");
    for (int i = 0; i < 5; i++) {
      fixture.save("https://port.example/" + i, "Harbour news " + i, "Harbour report number " + i + " about ships.");
    }

    fixture.matchAndSend();

    assertThat(fixture.sentTo("room")).as("a burst of three, then one every three seconds").hasSize(3);
    assertThat(fixture.alerts.outboxCount("PENDING")).isEqualTo(2);
  }

  /** Passes sends on to a recording platform, except to chats where the bot was removed. */
  static final class GoneChats implements org.newsbot.chat.ChatPlatform {
    private final RecordingPlatform recording;
    private final Function<String, Boolean> gone;
    volatile boolean back;
    int refusals;

    GoneChats(RecordingPlatform recording, Function<String, Boolean> gone) {
      this.recording = recording;
      this.gone = gone;
    }

    @Override
    public String name() {
      return recording.name();
    }

    @Override
    public void send(String chatId, org.newsbot.chat.Reply reply) throws DeliveryException {
      send(chatId, reply, null);
    }

    @Override
    public synchronized void send(String chatId, org.newsbot.chat.Reply reply, String key) throws DeliveryException {
      if (!back && gone.apply(chatId)) {
        refusals++;
        throw new DeliveryException(Kind.CHAT_GONE, "403 Forbidden: bot was kicked from the group chat");
      }
      recording.send(chatId, reply, key);
    }
  }
}
