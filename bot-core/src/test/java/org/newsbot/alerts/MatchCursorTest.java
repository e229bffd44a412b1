package org.newsbot.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Following the change log when sequence numbers arrive out of order: a change logged by a
 * transaction that commits late is matched when it shows up, and one that never shows up (rolled
 * back) holds the cursor only until the gap timeout.
 */
class MatchCursorTest {
  @TempDir
  Path dir;

  private final TestClock clock = new TestClock(Instant.now());
  private AlertsFixture fixture;

  @BeforeEach
  void open() {
    fixture = new AlertsFixture(dir, clock, AlertSettings.defaults().withRates(0, 0)
        .withMatching(Duration.ofSeconds(2), 200, Duration.ofMinutes(10)));
    fixture.say("room", "/subscribe harbour");
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void aChangeThatCommitsLateIsStillMatched() {
    fixture.save("https://port.example/a", "Harbour crane", "The new harbour crane lifted its first container.");
    long late = fixture.save("https://port.example/b", "Harbour strike", "Harbour workers went on strike.");
    fixture.save("https://port.example/c", "Harbour fog", "Fog closed the harbour for a day.");
    long lateSeq = fixture.queryLong("SELECT seq FROM article_changes WHERE article_id = ?", late);
    // as if the transaction that logged it had not committed yet
    fixture.sql("DELETE FROM article_changes WHERE seq = ?", lateSeq);

    fixture.matchAndSend();

    assertThat(titles()).containsExactly("Harbour crane", "Harbour fog");
    assertThat(MatchCursor.read(fixture.database.dataSource()))
        .isEqualTo(new MatchCursor.Position(lateSeq - 1, new java.util.TreeSet<>(java.util.List.of(lateSeq + 1))));

    fixture.sql("INSERT INTO article_changes (seq, article_id, changed_at) VALUES (?, ?, ?)", lateSeq, late,
        OffsetDateTime.now(ZoneOffset.UTC));
    fixture.matchAndSend();

    assertThat(titles()).containsExactly("Harbour crane", "Harbour fog", "Harbour strike");
    assertThat(MatchCursor.read(fixture.database.dataSource()).lastSeq()).isEqualTo(lateSeq + 1);
    assertThat(fixture.queryLong("SELECT COUNT(*) FROM alert_changes_done")).isZero();
  }

  @Test
  void aChangeThatNeverCommitsHoldsTheCursorOnlyUntilTheGapTimeout() {
    long lost = fixture.save("https://port.example/a", "Harbour crane", "The new harbour crane lifted its first container.");
    fixture.save("https://port.example/b", "Harbour strike", "Harbour workers went on strike.");
    long lostSeq = fixture.queryLong("SELECT seq FROM article_changes WHERE article_id = ?", lost);
    fixture.sql("DELETE FROM article_changes WHERE seq = ?", lostSeq);

    fixture.matchAndSend();
    assertThat(MatchCursor.read(fixture.database.dataSource()).lastSeq()).isEqualTo(lostSeq - 1);

    clock.advance(Duration.ofMinutes(11));
    fixture.matchAndSend();

    assertThat(MatchCursor.read(fixture.database.dataSource()))
        .isEqualTo(new MatchCursor.Position(lostSeq + 1, new java.util.TreeSet<>()));
    assertThat(titles()).containsExactly("Harbour strike");
  }

  @Test
  void articlesStoredBeforeAlertsExistedNeverAlert() {
    assertThat(MatchCursor.read(fixture.database.dataSource()).lastSeq()).isZero();
    fixture.save("https://port.example/a", "Harbour crane", "The new harbour crane lifted its first container.");
    fixture.matchAndSend();
    assertThat(MatchCursor.read(fixture.database.dataSource()).lastSeq()).isEqualTo(1);
    assertThat(titles()).hasSize(1);
  }

  private java.util.List<String> titles() {
    return fixture.sentTo("room").stream().map(sent -> sent.reply().sources().getFirst().title()).toList();
  }
}
