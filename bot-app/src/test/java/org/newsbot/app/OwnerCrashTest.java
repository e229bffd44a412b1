package org.newsbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.store.Database;

/**
 * Kills the data folder's owner with SIGKILL at random points while command lines import through
 * it and it matches and delivers alerts, restarting it each time. After every kill: every article
 * of an import that reported success is stored, no change the log held before is gone, every
 * stored article has its change and every change its article, and no story is alerted twice to a
 * subscription. At the end every matching article is in exactly one alert and every alert was
 * delivered. {@code -Dnewsbot.crash.kills=100} runs it a hundred times.
 */
class OwnerCrashTest {
  private static final String[] WORDS = {"aardvark", "bison", "cheetah"};
  private static final int PER_BATCH = 150;
  private static final Map<String, String> ENV = Map.of("NEWSBOT_ANSWERS_SEMANTIC", "false",
      "NEWSBOT_ALERTS_PER_CHAT_PER_MINUTE", "0", "NEWSBOT_ALERTS_PER_SECOND", "0");

  @TempDir
  Path dir;

  private final List<ChildNewsbot> children = new ArrayList<>();
  private final Random random = new Random(Long.getLong("newsbot.crash.seed", System.nanoTime()));

  @AfterEach
  void stopChildren() {
    children.forEach(ChildNewsbot::close);
  }

  private Path data() {
    return dir.resolve("data");
  }

  private ChildNewsbot child(String name, String... args) throws Exception {
    ChildNewsbot child = ChildNewsbot.start(name, data(), ENV, args);
    children.add(child);
    return child;
  }

  @Test
  void killedOwnersLoseNothingThatWasReportedAndAlertEachStoryOnce() throws Exception {
    int kills = Integer.getInteger("newsbot.crash.kills", 4);
    ChildNewsbot owner = child("owner-0", "chat").awaitChat();
    for (String word : WORDS) {
      ChildNewsbot subscribe = child("subscribe-" + word, "subscribe", word);
      assertThat(subscribe.awaitExit(120)).as(String.join("\n", subscribe.errors())).isZero();
    }
    assertThat(owner.quit()).isZero();

    Set<String> reported = new HashSet<>();
    Set<Long> seen = new HashSet<>();
    int lost = 0;
    for (int kill = 0; kill < kills; kill++) {
      owner = child("owner-" + (kill + 1), "chat").awaitChat();
      Path batch = batch(kill);
      ChildNewsbot importer = child("import-" + kill, "import", batch.toString());
      Thread.sleep(200 + random.nextInt(3800)); // before, during or after the import, while alerts go out
      owner.kill();
      int code = importer.awaitExit(120);
      if (code == 0) {
        assertThat(importer.output()).anyMatch(line -> line.startsWith("Imported " + PER_BATCH + " new articles"));
        for (int i = 0; i < PER_BATCH; i++) {
          reported.add(url(kill, i));
        }
      } else {
        assertThat(importer.errors()).anyMatch(line -> line.contains("stopped before 'import' finished"));
        lost++;
      }
      // the next owner takes the folder over (here a command line) and puts it in order
      ChildNewsbot reopen = child("reopen-" + kill, "sources", "list");
      assertThat(reopen.awaitExit(120)).as(String.join("\n", reopen.errors())).isZero();
      checkAfterCrash(reported, seen);
    }
    System.out.printf("OwnerCrashTest: %d kills; %d imports had reported success, %d were cut short%n", kills,
        reported.size() / PER_BATCH, lost);

    // a clean run finishes the matching and delivery the kills interrupted: a hundred kills leave
    // thousands of alerts to send, so each run is given longer
    for (int attempt = 0; !caughtUp().isEmpty(); attempt++) {
      assertThat(attempt).as("the owner catches up with alerts: " + caughtUp()).isLessThan(9);
      owner = child("owner-final-" + attempt, "chat").awaitChat();
      Thread.sleep(Math.min(60_000, 5000L << attempt));
      assertThat(owner.quit()).isZero();
    }
    checkAlerts();
  }

  private static String url(int batch, int article) {
    return "https://crash.example/" + batch + "/" + article;
  }

  /** Articles unlike each other (each its own story), three in four naming one subscription's word. */
  private Path batch(int batch) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < PER_BATCH; i++) {
      StringBuilder body = new StringBuilder();
      if (i % 4 != 3) {
        body.append("An ").append(WORDS[i % 4 % WORDS.length]).append(" was seen in the town today. ");
      }
      for (int sentence = 0; sentence < 5; sentence++) {
        for (int word = 0; word < 12; word++) {
          body.append(word == 0 ? "Q" : " q").append(Integer.toString(random.nextInt(40_000), 36));
        }
        body.append(". ");
      }
      lines.add("{\"id\": \"" + batch + "-" + i + "\", \"url\": \"" + url(batch, i) + "\", \"title\": \"Report "
          + batch + "-" + i + " q" + Integer.toString(random.nextInt(40_000), 36) + "\", \"published\": \"2026-03-0"
          + (1 + i % 9) + "\", \"body\": \"" + body.toString().strip() + "\"}");
    }
    Path file = dir.resolve("batch-" + batch + ".jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private void checkAfterCrash(Set<String> reported, Set<Long> seen) throws SQLException {
    try (Database database = Database.open(Database.embeddedUrl(data()), null, null);
        Connection connection = database.connection()) {
      Set<String> urls = new HashSet<>(strings(connection, "SELECT url FROM articles"));
      assertThat(urls).as("every article of an import that reported success").containsAll(reported);
      Set<Long> changes = new HashSet<>(longs(connection, "SELECT seq FROM article_changes"));
      assertThat(changes).as("every change logged before the kill").containsAll(seen);
      seen.addAll(changes);
      assertThat(longs(connection, "SELECT a.id FROM articles a WHERE NOT EXISTS"
          + " (SELECT 1 FROM article_changes c WHERE c.article_id = a.id)")).as("articles without their change").isEmpty();
      assertThat(longs(connection, "SELECT c.seq FROM article_changes c WHERE NOT EXISTS"
          + " (SELECT 1 FROM articles a WHERE a.id = c.article_id)")).as("changes without their article").isEmpty();
      assertThat(longs(connection, "SELECT COUNT(*) FROM alerts GROUP BY subscription_id, story_id HAVING COUNT(*) > 1"))
          .as("a story alerted twice to one subscription").isEmpty();
      assertThat(longs(connection, "SELECT COUNT(*) FROM alert_articles aa JOIN alerts al ON al.id = aa.alert_id"
          + " GROUP BY al.subscription_id, aa.article_id HAVING COUNT(*) > 1"))
          .as("an article in two alerts of one subscription").isEmpty();
    }
  }

  /** What is left to match and send; empty when everything is done. */
  private String caughtUp() throws SQLException {
    try (Database database = Database.open(Database.embeddedUrl(data()), null, null);
        Connection connection = database.connection()) {
      // a change is matched when the cursor passed it or it is recorded as done beyond a gap
      long unmatched = longs(connection, "SELECT COUNT(*) FROM article_changes c WHERE c.seq >"
          + " (SELECT last_seq FROM alert_cursor WHERE name = 'matcher') AND NOT EXISTS"
          + " (SELECT 1 FROM alert_changes_done d WHERE d.seq = c.seq)").getFirst();
      List<String> unsent = strings(connection, "SELECT status || ': ' || COUNT(*) FROM alert_outbox"
          + " WHERE status <> 'SENT' GROUP BY status");
      return (unmatched == 0 ? "" : unmatched + " changes unmatched; ") + String.join(", ", unsent);
    }
  }

  private void checkAlerts() throws SQLException {
    try (Database database = Database.open(Database.embeddedUrl(data()), null, null);
        Connection connection = database.connection()) {
      Map<String, Long> subscriptions = new HashMap<>();
      for (String word : WORDS) {
        subscriptions.put(word, longs(connection, "SELECT id FROM subscriptions WHERE query = '" + word + "'").getFirst());
      }
      long checked = 0;
      for (String word : WORDS) {
        List<Long> matching = longs(connection, "SELECT id FROM articles WHERE body LIKE '%An " + word + " was seen%'");
        for (long article : matching) {
          long alerts = longs(connection, "SELECT COUNT(*) FROM alert_articles aa JOIN alerts al ON al.id = aa.alert_id"
              + " WHERE al.subscription_id = " + subscriptions.get(word) + " AND aa.article_id = " + article).getFirst();
          assertThat(alerts).as("alerts of article " + article + " for '" + word + "'").isEqualTo(1);
          checked++;
        }
      }
      assertThat(checked).isPositive();
      assertThat(longs(connection, "SELECT COUNT(*) FROM alerts al WHERE NOT EXISTS (SELECT 1 FROM alert_outbox o"
          + " WHERE o.alert_id = al.id AND o.status = 'SENT')").getFirst()).as("alerts never delivered").isZero();
    }
  }

  private static List<Long> longs(Connection connection, String sql) throws SQLException {
    List<Long> values = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        values.add(rs.getLong(1));
      }
    }
    return values;
  }

  private static List<String> strings(Connection connection, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
