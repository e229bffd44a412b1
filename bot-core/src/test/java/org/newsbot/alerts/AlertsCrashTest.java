package org.newsbot.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.article.IncomingArticle;
import org.newsbot.chat.Caller;
import org.newsbot.chat.ChatMessage;
import org.newsbot.chat.ChatService;
import org.newsbot.chat.Role;
import org.newsbot.store.ArticleStore;
import org.newsbot.store.Database;
import org.newsbot.store.StoryStore;
import org.newsbot.story.StoryClusters;

/**
 * Kills a real alerting process with SIGKILL at random points while it matches and sends, many
 * times, restarting it each time. Every alert a run without crashes sends is delivered, none is
 * lost, none appears under a second key; a message the process sent just before being killed
 * (before it could record that) is sent again with the same idempotency key, which the platform
 * uses to drop the repeat. Those repeats are counted: at most one per sender per kill.
 */
class AlertsCrashTest {
  private static final int KILLS = 9;
  private static final String[] QUERIES = {"trump", "covid OR coronavirus", "climate", "police -trump",
      "\"white house\"", "biden", "ukraine OR russia", "vaccine", "school", "women", "fire", "court",
      "abortion", "gun", "china", "movie OR film", "music", "dog OR cat", "food", "health", "crocus terrorist",
      "election", "apple", "space", "storm OR hurricane", "family", "wedding", "texas", "florida", "death"};

  @TempDir
  Path dir;

  @Test
  void killedAtRandomPointsItDeliversEveryAlertOnce() throws Exception {
    Path data = dir.resolve("data");
    Path reference = dir.resolve("reference");
    setUp(data);
    copyDatabase(data, reference);
    Set<String> expected = referenceRun(reference);
    assertThat(expected).hasSizeGreaterThan(200);

    Path deliveries = dir.resolve("deliveries.tsv");
    Random random = new Random(5);
    int kills = 0;
    int runs = 0;
    int beforeLastRun = 0;
    boolean done = false;
    while (!done) {
      runs++;
      Child child = Child.start(data, deliveries, dir.resolve("child-" + runs + ".log"));
      assertThat(child.started.await(60, TimeUnit.SECONDS)).as("the child starts").isTrue();
      if (kills < KILLS) {
        // a kill lands while it builds its monitor, matches, or sends
        Thread.sleep(150 + random.nextInt(750));
        if (!child.process.isAlive()) {
          done = child.finished();
          continue;
        }
        child.process.destroyForcibly();
        child.process.waitFor();
        // H2 itself would take the lock of a dead process over after watching it for a few
        // seconds; this test knows the process is dead and saves that wait
        Files.deleteIfExists(data.resolve("newsbot.lock.db"));
        kills++;
        continue;
      }
      beforeLastRun = Files.exists(deliveries) ? FileRecordingPlatform.read(deliveries).size() : 0;
      assertThat(child.process.waitFor(60, TimeUnit.SECONDS)).as("the last run finishes").isTrue();
      assertThat(child.finished()).as("the last run ends with DONE; see " + child.log).isTrue();
      done = true;
    }

    List<FileRecordingPlatform.Line> lines = FileRecordingPlatform.read(deliveries);
    Map<String, Integer> acceptedPerKey = new HashMap<>();
    int repeats = 0;
    for (FileRecordingPlatform.Line line : lines) {
      if (line.accepted()) {
        acceptedPerKey.merge(line.chatId() + "\t" + line.key(), 1, Integer::sum);
      } else {
        repeats++;
      }
    }
    assertThat(kills).as("the process was killed mid-work").isGreaterThanOrEqualTo(KILLS - 3);
    assertThat(acceptedPerKey.keySet()).as("every alert delivered, nothing else").isEqualTo(expected);
    assertThat(acceptedPerKey.values()).allMatch(count -> count == 1);
    assertThat(repeats).as("repeats only for sends in flight at a kill")
        .isLessThanOrEqualTo(kills * AlertSettings.defaults().senders());
    try (Database database = Database.open(Database.embeddedUrl(data), null, null)) {
      Alerts alerts = new Alerts(database.dataSource(), new ArticleStore(database), StoryLookup.eachArticleItsOwn(),
          Clock.systemUTC());
      assertThat(alerts.outboxCount("SENT")).isEqualTo(expected.size());
    }
    System.out.printf("crash test: %d runs, %d kills, %d alerts delivered once each (%d sends before the last run),"
        + " %d repeats dropped by key%n", runs, kills, expected.size(), beforeLastRun, repeats);
  }

  /** Subscriptions in ten chats, then a day of headlines and five copies of one story. */
  private static void setUp(Path data) throws IOException {
    try (Database database = Database.open(Database.embeddedUrl(data), null, null)) {
      ArticleStore articles = new ArticleStore(database);
      Alerts alerts = new Alerts(database.dataSource(), articles, StoryLookup.eachArticleItsOwn(), Clock.systemUTC());
      ChatService chat = new ChatService(question -> null);
      alerts.registerWith(chat);
      for (int i = 0; i < QUERIES.length; i++) {
        chat.handle(new ChatMessage("chat-" + i % 10, new Caller("recording", "u" + i, "User", Role.USER),
            "/subscribe " + QUERIES[i]));
      }
      List<IncomingArticle> batch = new ArrayList<>(headlines(1000));
      for (int i = 0; i < 5; i++) {
        batch.add(batch.size() / 2, StoryFoldingTest.copy(i, "Outlet " + i, "143"));
      }
      for (int from = 0; from < batch.size(); from += 100) {
        articles.save(batch.subList(from, Math.min(batch.size(), from + 100)));
      }
    }
  }

  static List<IncomingArticle> headlines(int count) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<IncomingArticle> articles = new ArrayList<>();
    try (Stream<String> lines = Files.lines(Path.of(System.getProperty("newsbot.shared"), "corpus",
        "news-category-v3-10k.jsonl"))) {
      for (String line : (Iterable<String>) lines.limit(count)::iterator) {
        JsonNode node = json.readTree(line);
        String published = node.path("published").asText(null);
        articles.add(new IncomingArticle(null, node.path("outlet").asText(null),
            node.path("url").isNull() ? "https://example.org/" + node.path("id").asText() : node.path("url").asText(),
            node.path("title").asText(), published == null ? null : LocalDate.parse(published), null,
            node.path("body").asText("")));
      }
    }
    return articles;
  }

  private static void copyDatabase(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }

  /** What a run without crashes delivers: chat and key of every message. */
  private static Set<String> referenceRun(Path data) {
    try (Database database = Database.open(Database.embeddedUrl(data), null, null)) {
      Alerts alerts = new Alerts(database.dataSource(), new ArticleStore(database),
          new ClusteredStories(new StoryClusters(new StoryStore(database))), Clock.systemUTC());
      alerts.configure(AlertsCrashChild.settings());
      RecordingPlatform platform = new RecordingPlatform("recording");
      alerts.platforms().register(platform);
      alerts.matchPending();
      alerts.dispatchPending();
      alerts.close();
      Set<String> keys = new HashSet<>();
      platform.sent().forEach(sent -> keys.add(sent.chatId() + "\t" + sent.key()));
      assertThat(keys).hasSameSizeAs(platform.sent());
      return keys;
    }
  }

  /** A child JVM on this test's class path, its output read as it comes. */
  private record Child(Process process, CountDownLatch started, CountDownLatch done, Path log) {
    static Child start(Path data, Path deliveries, Path log) throws IOException {
      String java = ProcessHandle.current().info().command().orElse("java");
      Process process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
          AlertsCrashChild.class.getName(), data.toString(), deliveries.toString())
          .redirectErrorStream(true).start();
      Child child = new Child(process, new CountDownLatch(1), new CountDownLatch(1), log);
      Thread reader = new Thread(() -> {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
            StandardCharsets.UTF_8))) {
          List<String> seen = new ArrayList<>();
          for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.add(line);
            if (line.equals("STARTED")) {
              child.started.countDown();
            } else if (line.equals("DONE")) {
              child.done.countDown();
            }
          }
          Files.write(log, seen);
        } catch (IOException e) {
          // the child was killed mid-line
        } finally {
          child.started.countDown();
        }
      });
      reader.setDaemon(true);
      reader.start();
      return child;
    }

    boolean finished() throws InterruptedException {
      return done.await(5, TimeUnit.SECONDS);
    }
  }
}
