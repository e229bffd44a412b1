package org.newsbot.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Digests gather a period's alerts into one message with one entry per story; a mute holds them. */
class DigestTest {
  @TempDir
  Path dir;

  private final TestClock clock = new TestClock(Instant.parse("2024-05-01T10:20:00Z"));
  private AlertsFixture fixture;

  @BeforeEach
  void open() {
    fixture = new AlertsFixture(dir, clock, AlertSettings.defaults().withRates(0, 0));
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void anHourlyDigestGroupsTheHoursAlertsByStory() {
    assertThat(fixture.say("room", "/digest hourly").blocks().getFirst().plain())
        .contains("hourly digest").contains("2024-05-01 11:00 UTC");
    fixture.say("room", "/subscribe crocus");
    fixture.say("room", "/subscribe \"Washington Post\"");
    fixture.say("room", "/subscribe harbour crane");
    // one story from three outlets, matched by two subscriptions; and another story
    for (int i = 0; i < 3; i++) {
      fixture.save(StoryFoldingTest.copy(i, new String[] {"Wire Daily", "Morning Post", "Evening Star"}[i], "143"));
    }
    fixture.save("https://port.example/crane", "Harbour crane lifts its first container",
        "The new harbour crane lifted its first container on Monday, the port authority said.");

    fixture.matchAndSend();
    assertThat(fixture.platform.sent()).as("held until the digest is due").isEmpty();
    assertThat(fixture.alerts.outboxCount("HELD")).isEqualTo(3);

    clock.advance(Duration.ofMinutes(40));
    fixture.matchAndSend();

    assertThat(fixture.platform.sent()).singleElement().satisfies(digest -> {
      assertThat(digest.key()).startsWith("digest:");
      assertThat(digest.reply().blocks()).hasSize(3);
      assertThat(digest.text()).startsWith("Your alert digest: 2 stories.");
      assertThat(digest.reply().blocks().get(1).plain())
          .startsWith("US officials had warned Russia about a specific terrorist target [1]")
          .contains("Wire Daily +2 more outlets").contains("(#1, #2)");
      assertThat(digest.reply().blocks().get(2).plain())
          .startsWith("Harbour crane lifts its first container [2]").contains("matched harbour, crane (#3)");
      assertThat(digest.reply().sources()).hasSize(2);
    });
    assertThat(fixture.alerts.outboxCount("DIGESTED")).isEqualTo(3);

    // the next hour's digest holds only what arrived since
    fixture.save("https://port.example/crane-2", "Second harbour crane arrives by ship",
        "A second harbour crane arrived by ship on Tuesday and will be assembled on the quay.");
    clock.advance(Duration.ofMinutes(30));
    fixture.matchAndSend();
    assertThat(fixture.platform.sent()).hasSize(1);
    clock.advance(Duration.ofMinutes(30));
    fixture.matchAndSend();
    assertThat(fixture.platform.sent()).hasSize(2);
    assertThat(fixture.platform.sent().get(1).text()).startsWith("Your alert digest: 1 story.")
        .contains("Second harbour crane");
  }

  @Test
  void turningTheDigestOffSendsWhatWasHeldAtOnce() {
    fixture.say("room", "/digest daily 08:30");
    fixture.say("room", "/subscribe harbour");
    fixture.save("https://port.example/crane", "Harbour crane", "The new harbour crane lifted its first container.");
    fixture.matchAndSend();
    assertThat(fixture.platform.sent()).isEmpty();

    assertThat(fixture.say("room", "/digest off").blocks().getFirst().plain()).contains("sent now");
    fixture.matchAndSend();

    assertThat(fixture.platform.sent()).singleElement()
        .satisfies(digest -> assertThat(digest.text()).startsWith("Your alert digest: 1 story."));
    fixture.save("https://port.example/crane-2", "Harbour crane again", "The harbour crane lifted another container.");
    fixture.matchAndSend();
    assertThat(fixture.platform.sent()).hasSize(2);
    assertThat(fixture.platform.sent().get(1).text()).startsWith("New for your subscription #1");
  }

  @Test
  void aMutedChatGetsWhatArrivedAsOneDigestWhenTheMuteEnds() {
    fixture.say("room", "/subscribe harbour");
    assertThat(fixture.say("room", "/mute 2h").blocks().getFirst().plain())
        .isEqualTo("Alerts muted for 2h, until 2024-05-01 12:20 UTC. Those that arrive meanwhile come as one digest"
            + " afterwards; /mute off ends the mute now.");
    fixture.save("https://port.example/a", "Harbour crane", "The new harbour crane lifted its first container.");
    fixture.save("https://port.example/b", "Harbour strike", "Harbour workers went on strike over night shifts.");
    fixture.matchAndSend();
    clock.advance(Duration.ofMinutes(119));
    fixture.matchAndSend();
    assertThat(fixture.platform.sent()).isEmpty();

    clock.advance(Duration.ofMinutes(2));
    fixture.matchAndSend();

    assertThat(fixture.platform.sent()).singleElement().satisfies(digest ->
        assertThat(digest.text()).startsWith("Your alert digest: 2 stories.").contains("Harbour crane")
            .contains("Harbour strike"));
  }
}
