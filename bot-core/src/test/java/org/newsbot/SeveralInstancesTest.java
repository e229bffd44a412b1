package org.newsbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsbot.answer.Answer;
import org.newsbot.answer.SourceRef;
import org.newsbot.ingest.SourceSettings;
import org.newsbot.ingest.poll.PollReport;
import org.newsbot.ingest.poll.SourceStatus;
import org.newsbot.store.LeaseStore;
import org.newsbot.store.PollState;
import org.newsbot.store.PollStateStore;
import org.newsbot.testing.Feeds;
import org.newsbot.testing.TestDatabase;
import org.newsbot.testing.TestDatabase.Backend;
import org.newsbot.testing.TestWeb;

/**
 * Several newsbot instances on one database, each with its own search index: a source is polled
 * by one of them at a time, a dead instance's sources are taken over, and each answers from what
 * the others stored.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(Backend.class)
class SeveralInstancesTest {
  private static final SourceSettings SETTINGS = SourceSettings.defaults().withAllowPrivateAddresses(true)
      .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5))
      .withPolling(Duration.ofHours(1), Duration.ofHours(6), Duration.ofMillis(50));

  @Parameter
  Backend backend;

  @TempDir
  Path dir;

  private TestDatabase database;
  private TestWeb web;
  private final List<Newsbot> instances = new ArrayList<>();
  /** Requests per path, and the most that were in flight at once for each. */
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> mostInFlight = new ConcurrentHashMap<>();
  private final Map<String, Instant> lastRequest = new ConcurrentHashMap<>();

  @BeforeEach
  void start() throws Exception {
    database = TestDatabase.create(backend, dir.resolve("h2"));
    web = new TestWeb();
  }

  @AfterEach
  void stop() {
    instances.forEach(Newsbot::close);
    if (web != null) {
      web.close();
    }
    if (database != null) {
      database.close();
    }
  }

  private Newsbot instance(String name) {
    Newsbot newsbot = Newsbot.open(new NewsbotSettings(dir.resolve(name), database.url(), null, null, false),
        SETTINGS);
    instances.add(newsbot);
    return newsbot;
  }

  /** A feed of two articles that answers slowly, counting its requests and how many overlap. */
  private String slowFeed(int number) {
    String path = "/feed" + number + ".rss";
    List<Feeds.Item> items = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      items.add(new Feeds.Item("f" + number + "-" + i, web.url("/a/" + number + "/" + i),
          "Story " + number + "." + i, null, null, Feeds.html(Feeds.paragraphs(number * 10L + i, 4))));
    }
    byte[] body = Feeds.rss2("Feed " + number, web.url("/"), items).getBytes(StandardCharsets.UTF_8);
    requests.put(path, new AtomicInteger());
    inFlight.put(path, new AtomicInteger());
    mostInFlight.put(path, new AtomicInteger());
    web.route(path, exchange -> {
      requests.get(path).incrementAndGet();
      lastRequest.put(path, Instant.now());
      int now = inFlight.get(path).incrementAndGet();
      mostInFlight.get(path).accumulateAndGet(now, Math::max);
      try {
        Thread.sleep(150); // a slow server: polls that overlap would show
        TestWeb.send(exchange, 200, "application/rss+xml", body);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        inFlight.get(path).decrementAndGet();
      }
    });
    return path;
  }

  @Test
  void everySourceIsPolledByOneInstanceAtATime() throws Exception {
    Newsbot first = instance("first");
    Newsbot second = instance("second");
    List<Long> ids = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    for (int s = 0; s < 8; s++) {
      String path = slowFeed(s);
      paths.add(path);
      ids.add(first.webSources().add(web.url(path), null, "test").source().id());
    }

    first.startPolling();
    second.startPolling();
    waitFor(() -> ids.stream().allMatch(id -> state(first, id).lastSuccess() != null));

    for (String path : paths) {
      // once when it was added, then polled once: by one instance, not both
      assertThat(requests.get(path).get()).as(path).isEqualTo(2);
      assertThat(mostInFlight.get(path).get()).as(path).isEqualTo(1);
    }
    assertThat(first.articles().count()).isEqualTo(16);
    // a poll records its success before it gives its lease back
    waitFor(() -> leases(first).isEmpty());
    assertThat(leases(first)).as("every lease is given back after its poll").isEmpty();
  }

  @Test
  void theSourcesOfAnInstanceThatDiedAreTakenOverWhenItsLeaseRunsOut() throws Exception {
    Newsbot survivor = instance("survivor");
    long held = survivor.webSources().add(web.url(slowFeed(1)), null, "test").source().id();
    long free = survivor.webSources().add(web.url(slowFeed(2)), null, "test").source().id();
    // an instance took the lease on a source and died without giving it back
    LeaseStore leases = new LeaseStore(survivor.database());
    assertThat(leases.acquire(PollStateStore.leaseName(held), "dead-instance", Duration.ofSeconds(2))).isTrue();
    Instant expiry = leases.find(PollStateStore.leaseName(held)).orElseThrow().expiresAt();

    survivor.startPolling();
    waitFor(() -> state(survivor, free).lastSuccess() != null && state(survivor, held).lastSuccess() != null);

    assertThat(lastRequest.get("/feed1.rss")).as("polled only once the dead instance's lease ran out")
        .isAfterOrEqualTo(expiry);
    assertThat(requests.get("/feed1.rss").get()).isEqualTo(2);
    assertThat(survivor.articles().count()).isEqualTo(4);
  }

  @Test
  void aSourceAnotherInstanceIsPollingIsNotPolledAgainByHand() throws Exception {
    Newsbot newsbot = instance("one");
    long id = newsbot.webSources().add(web.url(slowFeed(3)), null, "test").source().id();
    LeaseStore leases = new LeaseStore(newsbot.database());
    assertThat(leases.acquire(PollStateStore.leaseName(id), "busy-instance", Duration.ofMinutes(1))).isTrue();

    PollReport report = newsbot.webSources().poll(List.of(id)).getFirst();

    assertThat(report.ok()).isFalse();
    assertThat(report.error()).contains("another newsbot instance (busy-instance) is polling it right now");
    assertThat(requests.get("/feed3.rss").get()).as("only the request that added it").isEqualTo(1);
    assertThat(state(newsbot, id).failures()).as("being busy elsewhere is no failure").isZero();
    assertThat(state(newsbot, id).lastAttempt()).isNull();

    leases.release(PollStateStore.leaseName(id), "busy-instance");
    assertThat(newsbot.webSources().poll(List.of(id)).getFirst().added()).isEqualTo(2);
  }

  @Test
  void eachInstanceAnswersFromArticlesAnotherStoredAndANewInstanceBeforeItAnswers() throws Exception {
    Newsbot first = instance("first");
    Newsbot second = instance("second");
    first.followChanges(100, TimeUnit.MILLISECONDS);
    second.followChanges(100, TimeUnit.MILLISECONDS);

    // the first stores the seed articles; the second answers from them
    assertThat(first.importPaths(List.of(TestCorpus.seedArticles())).added()).isEqualTo(5);
    String crocus = "Who claimed responsibility for the Crocus City Hall attack?";
    Answer fromSecond = askUntil(second, crocus, answer -> answer.answered());
    assertThat(fromSecond.sources()).extracting(SourceRef::url).isSubsetOf(TestCorpus.seedUrls());

    // the second stores an article, then revises it; the first follows both
    Path bridge = TestCorpus.write(dir.resolve("import"), "bridge.txt", bridgeArticle("14 May"));
    assertThat(second.importPaths(List.of(bridge)).added()).isEqualTo(1);
    String question = "When will the Harbourside Bridge in Tampere reopen?";
    assertThat(askUntil(first, question, answer -> answer.text().contains("14 May")).text()).contains("14 May");
    TestCorpus.write(dir.resolve("import"), "bridge.txt", bridgeArticle("21 June"));
    assertThat(second.importPaths(List.of(bridge)).revised()).isEqualTo(1);
    Answer revised = askUntil(first, question, answer -> answer.text().contains("21 June"));
    assertThat(revised.text()).contains("21 June").doesNotContain("14 May");

    // a new instance with an empty index builds it from the database before it answers
    Newsbot third = instance("third");
    assertThat(third.ask(crocus).answered()).isTrue();
    assertThat(third.ask(question).text()).contains("21 June");
  }

  private static String bridgeArticle(String date) {
    return "Harbourside Bridge to reopen after repairs\n\n"
        + "The Harbourside Bridge in Tampere will reopen on " + date + " after six months of repairs, the city"
        + " engineer said on Tuesday.\n\n"
        + "The bridge was closed in the winter when inspectors found cracks in two of its steel girders."
        + " Buses have been diverted over the railway crossing since then.\n\n"
        + "Local shop owners said the closure had cut the number of customers by a third.\n";
  }

  private static PollState state(Newsbot newsbot, long id) {
    return newsbot.webSources().list().stream().filter(s -> s.source().id() == id).findFirst()
        .map(SourceStatus::state).orElseThrow();
  }

  private static List<String> leases(Newsbot newsbot) {
    List<String> names = new ArrayList<>();
    try (var connection = newsbot.database().connection();
        var select = connection.prepareStatement("SELECT name FROM instance_leases");
        var rs = select.executeQuery()) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return names;
  }

  /** Waits, with a generous limit, for what other threads do. */
  private static void waitFor(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(condition.getAsBoolean()).as("done within a minute").isTrue();
  }

  private static Answer askUntil(Newsbot newsbot, String question, java.util.function.Predicate<Answer> done)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    Answer answer = newsbot.ask(question);
    while (!done.test(answer) && System.nanoTime() < deadline) {
      Thread.sleep(50);
      answer = newsbot.ask(question);
    }
    return answer;
  }
}
