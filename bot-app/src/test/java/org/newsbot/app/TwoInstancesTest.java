package org.newsbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.alerts.Alerts;
import org.newsbot.alerts.ClusteredStories;
import org.newsbot.article.Source;
import org.newsbot.chat.Caller;
import org.newsbot.chat.ChatMessage;
import org.newsbot.chat.ChatService;
import org.newsbot.chat.PlainTextRenderer;
import org.newsbot.chat.Reply;
import org.newsbot.chat.Role;
import org.newsbot.store.ArticleStore;
import org.newsbot.store.Database;
import org.newsbot.store.PollState;
import org.newsbot.store.PollStateStore;
import org.newsbot.store.SourceStore;
import org.newsbot.store.StoryStore;
import org.newsbot.story.StoryClusters;

/**
 * Two newsbot instances, each a JVM of its own with its own data folder, on one PostgreSQL: every
 * source is polled by one of them at a time, each answers about articles the other stored within
 * seconds, their /metrics count what they ingested, and a new instance answers from the database.
 * Running as services with a Telegram bot, they match and send alerts, and every alert reaches its
 * chat once.
 */
class TwoInstancesTest {
  private static final String[] NAMES = {"Harbourside", "Lantern", "Copperfield", "Juniper", "Northgate",
      "Willowbank", "Saltmarsh", "Ironwood", "Brackenridge", "Foxglove", "Marigold", "Thornbury"};
  private static final String[] THINGS = {"bridge", "museum", "stadium", "library", "aquarium", "theatre",
      "market hall", "observatory", "concert hall", "ferry terminal", "botanical garden", "velodrome"};
  private static final String[] TOWNS = {"Tampere", "Cork", "Brno", "Hobart", "Quito", "Gdansk", "Halifax",
      "Mombasa", "Tallinn", "Valparaiso", "Ljubljana", "Osaka"};
  private static final String[] DATES = {"14 May", "3 June", "21 July", "9 August", "27 September",
      "5 October", "18 November", "2 December", "11 January", "24 February", "7 March", "30 April"};

  private static final String RUNNING = "newsbot: running";
  private static final String QUEUED = "newsbot_alerts_queued_total";
  private static final String SENT = "newsbot_alerts_sent_total";
  private static final Pattern HEADING = Pattern.compile("New for your subscription #\\d+ \\(([^)]*)\\):");

  @TempDir
  Path dir;

  private PostgresSchema schema;
  private Database database;
  private HttpServer feeds;
  private final List<ChildNewsbot> children = new ArrayList<>();
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> mostInFlight = new ConcurrentHashMap<>();
  /** Which instance (by its User-Agent) fetched each feed. */
  private final Map<String, String> fetchedBy = new ConcurrentHashMap<>();
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    schema = PostgresSchema.create();
    database = Database.open(schema.url(), null, null); // migrated once, before the instances start
    feeds = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    feeds.setExecutor(executor);
    feeds.start();
  }

  @AfterEach
  void stop() {
    children.forEach(ChildNewsbot::close);
    if (feeds != null) {
      feeds.stop(0);
    }
    if (database != null) {
      database.close();
    }
    if (schema != null) {
      schema.close();
    }
  }

  private ChildNewsbot instance(String name, String dataFolder) throws Exception {
    return instance(name, dataFolder, Map.of(), "chat");
  }

  /** Starts {@code newsbot COMMAND} with the settings every instance here shares and {@code more}. */
  private ChildNewsbot instance(String name, String dataFolder, Map<String, String> more, String command)
      throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("NEWSBOT_DATABASE_URL", schema.url());
    env.put("NEWSBOT_HTTP_PORT", "0");
    env.put("NEWSBOT_ANSWERS_SEMANTIC", "false");
    env.put("NEWSBOT_SOURCES_ALLOW_PRIVATE_ADDRESSES", "true");
    env.put("NEWSBOT_SOURCES_POLL_INTERVAL_MINUTES", "60");
    // one poll at a time per instance, so both instances get sources to poll
    env.put("NEWSBOT_SOURCES_MAX_CONCURRENT_POLLS", "1");
    env.put("NEWSBOT_SOURCES_USER_AGENT", "newsbot-test/" + name);
    env.putAll(more);
    ChildNewsbot child = ChildNewsbot.start(name, dir.resolve(dataFolder), env, command);
    children.add(child);
    return child;
  }

  /** The article of source {@code n}: when a building in a town opens, in text long enough to be no teaser. */
  private static String article(int n) {
    String thing = NAMES[n] + " " + THINGS[n];
    return "<p>The " + thing + " in " + TOWNS[n] + " will open on " + DATES[n] + " after three years of building"
        + " work, the city architect said on Tuesday.</p>"
        + "<p>Work on the " + thing + " began in the spring and cost more than " + (20 + n) + " million, according"
        + " to figures published by the " + TOWNS[n] + " council. The builders had to replace the foundations"
        + " twice after heavy rain flooded the site.</p>"
        + "<p>Residents of " + TOWNS[n] + " have followed the project closely, and a survey by a local newspaper"
        + " found that most of them expect to visit in the first month. Tickets for the opening weekend will go"
        + " on sale in the spring.</p>"
        + "<p>The architect said the " + THINGS[n] + " would stay open late on Fridays and that guided tours"
        + " would be offered in several languages.</p>";
  }

  private static String question(int n) {
    return "When will the " + NAMES[n] + " " + THINGS[n] + " in " + TOWNS[n] + " open?";
  }

  private String articleUrl(int n) {
    return "http://127.0.0.1:" + feeds.getAddress().getPort() + "/articles/" + n;
  }

  /** Serves source {@code n}'s feed slowly, counting requests, overlaps and who made them. */
  private String serveFeed(int n) {
    String path = "/feed" + n + ".rss";
    String rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Feed " + n
        + "</title><link>http://127.0.0.1/</link><description>test</description><item><title>The " + NAMES[n] + " "
        + THINGS[n] + " opens on " + DATES[n] + "</title><link>" + articleUrl(n) + "</link><guid>item-" + n
        + "</guid><description><![CDATA[" + article(n) + "]]></description></item></channel></rss>";
    byte[] body = rss.getBytes(StandardCharsets.UTF_8);
    requests.put(path, new AtomicInteger());
    inFlight.put(path, new AtomicInteger());
    mostInFlight.put(path, new AtomicInteger());
    feeds.createContext(path, exchange -> {
      try (exchange) {
        requests.get(path).incrementAndGet();
        fetchedBy.merge(path, exchange.getRequestHeaders().getFirst("User-Agent"), (a, b) -> a + "," + b);
        mostInFlight.get(path).accumulateAndGet(inFlight.get(path).incrementAndGet(), Math::max);
        try {
          Thread.sleep(500); // slow, so that polls that overlap would show
          exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          inFlight.get(path).decrementAndGet();
        }
      }
    });
    return "http://127.0.0.1:" + feeds.getAddress().getPort() + path;
  }

  /** Adds sources {@code from} to {@code to - 1}, due now, as a moderator would through either instance. */
  private List<Long> addSources(int from, int to) {
    SourceStore sources = new SourceStore(database);
    PollStateStore polls = new PollStateStore(database);
    List<Long> ids = new ArrayList<>();
    for (int n = from; n < to; n++) {
      long id = sources.ensure(Source.Kind.FEED, serveFeed(n), "Outlet " + n, "test").id();
      polls.start(id, Instant.now(), "rss_2.0", "Feed " + n);
      ids.add(id);
    }
    return ids;
  }

  private void awaitPolled(List<Long> ids) throws InterruptedException {
    PollStateStore polls = new PollStateStore(database);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      Map<Long, PollState> states = polls.all();
      if (ids.stream().allMatch(id -> states.get(id).lastSuccess() != null)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the sources were not all polled within two minutes: " + polls.all());
  }

  /** Asks until the reply says {@code expected}: the instance follows the change log every two seconds. */
  private static String askUntil(ChildNewsbot instance, String question, String expected) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    String reply = instance.ask(question);
    while (!reply.contains(expected) && System.nanoTime() < deadline) {
      Thread.sleep(200);
      reply = instance.ask(question);
    }
    return reply;
  }

  private HttpResponse<String> get(ChildNewsbot instance, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.httpPort() + path))
        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private double ingested(ChildNewsbot instance) throws Exception {
    return metric(instance, "newsbot_articles_ingested_total{outcome=\"added\",via=\"poll\"}");
  }

  @Test
  void twoInstancesShareTheSourcesAndAnswerFromWhatTheOtherStored() throws Exception {
    ChildNewsbot a = instance("a", "data-a");
    ChildNewsbot b = instance("b", "data-b");
    a.awaitChat();
    b.awaitChat();
    assertThat(ingested(a)).isZero();
    assertThat(ingested(b)).isZero();

    // rounds of four new sources until each instance has polled some (one round nearly always does)
    int sources = 0;
    while (sources < NAMES.length && (!polledSomething("a") || !polledSomething("b"))) {
      List<Long> ids = addSources(sources, sources + 4);
      sources += 4;
      awaitPolled(ids);
    }

    for (int n = 0; n < sources; n++) {
      String path = "/feed" + n + ".rss";
      assertThat(requests.get(path).get()).as(path + " polled once, by one instance").isEqualTo(1);
      assertThat(mostInFlight.get(path).get()).as(path + " never polled twice at once").isEqualTo(1);
    }
    Map<String, List<Integer>> byInstance = new LinkedHashMap<>();
    for (int n = 0; n < sources; n++) {
      String agent = fetchedBy.get("/feed" + n + ".rss");
      byInstance.computeIfAbsent(agent.substring(agent.lastIndexOf('/') + 1), k -> new ArrayList<>()).add(n);
    }
    assertThat(byInstance).containsOnlyKeys("a", "b");
    // each instance's /metrics counts the articles it ingested
    assertThat(ingested(a)).isEqualTo(byInstance.get("a").size());
    assertThat(ingested(b)).isEqualTo(byInstance.get("b").size());

    // each answers about an article the other stored
    int storedByA = byInstance.get("a").getFirst();
    int storedByB = byInstance.get("b").getFirst();
    long asked = System.nanoTime();
    String fromB = askUntil(b, question(storedByA), DATES[storedByA]);
    assertThat(fromB).contains(DATES[storedByA]).contains(articleUrl(storedByA));
    String fromA = askUntil(a, question(storedByB), DATES[storedByB]);
    assertThat(fromA).contains(DATES[storedByB]).contains(articleUrl(storedByB));
    System.out.printf("two instances: %s polled by a, %s by b; both answered about the other's articles %.1f s"
        + " after the last poll%n", byInstance.get("a"), byInstance.get("b"), (System.nanoTime() - asked) / 1e9);

    HttpResponse<String> health = get(a, "/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"product\" : \"PostgreSQL\"");

    // a new instance with an empty data folder builds its index from the database before it answers
    assertThat(b.quit()).isZero();
    ChildNewsbot fresh = instance("c", "data-c").awaitChat();
    assertThat(fresh.ask(question(storedByA))).contains(DATES[storedByA]).contains(articleUrl(storedByA));
    assertThat(fresh.ask(question(storedByB))).contains(DATES[storedByB]).contains(articleUrl(storedByB));
    assertThat(a.quit()).isZero();
    assertThat(fresh.quit()).isZero();
    assertThat(a.errors()).noneMatch(line -> line.startsWith("ERROR"));
  }

  /**
   * Both instances run as services ({@code newsbot run}) with the same Telegram bot, each reaching
   * the Bot API through a loopback server of its own so that the test sees which one posted what.
   * Chats subscribe before the sources are added; whichever instance stores, matches and sends,
   * every alert reaches its chat once.
   */
  @Test
  void bothInstancesMatchAndSendAlertsAndEveryAlertReachesItsChatOnce() throws Exception {
    // chat c follows six articles by name, from article c on: 48 alerts, each article wanted by four
    // chats; six alerts to a chat are more than one instance's burst for a chat, so they go out in
    // several rounds, each claimed by whichever instance gets there first
    Set<String> expected = new TreeSet<>();
    for (int c = 0; c < 8; c++) {
      for (int n : new int[] {c, c + 1, c + 3, c + 5, c + 7, c + 9}) {
        expected.add((510_000 + c) + " " + NAMES[n % NAMES.length]);
      }
    }
    subscribe(expected);
    try (RecordingBotApi apiA = new RecordingBotApi();
        RecordingBotApi apiB = new RecordingBotApi()) {
      ChildNewsbot a = instance("a", "data-a", telegram(apiA), "run");
      ChildNewsbot b = instance("b", "data-b", telegram(apiB), "run");
      a.awaitError(RUNNING);
      b.awaitError(RUNNING);

      awaitPolled(addSources(0, NAMES.length));
      awaitAllSent(expected.size());
      awaitSentCounted(List.of(a, b), expected.size());
      double queuedByA = metric(a, QUEUED);
      double queuedByB = metric(b, QUEUED);
      double sentByA = metric(a, SENT);
      double sentByB = metric(b, SENT);
      // stopped, neither can post anything more: what the servers hold is all that was sent
      assertThat(a.stop()).isTrue();
      assertThat(b.stop()).isTrue();

      List<RecordingBotApi.Sent> all = new ArrayList<>(apiA.sent());
      all.addAll(apiB.sent());
      Map<String, Long> perAlert = all.stream().collect(Collectors.groupingBy(
          sent -> sent.chatId() + " " + subscription(sent.text()), TreeMap::new, Collectors.counting()));
      Map<String, List<String>> texts = all.stream().collect(Collectors.groupingBy(
          sent -> sent.chatId() + " " + subscription(sent.text()), TreeMap::new,
          Collectors.mapping(RecordingBotApi.Sent::text, Collectors.toList())));
      assertThat(perAlert).containsOnlyKeys(expected)
          .allSatisfy((alert, times) -> assertThat(times).as(alert + ": " + texts.get(alert)).isEqualTo(1));
      for (RecordingBotApi.Sent sent : all) {
        int n = List.of(NAMES).indexOf(subscription(sent.text()));
        assertThat(sent.text()).contains("The " + NAMES[n] + " " + THINGS[n] + " opens on " + DATES[n]);
      }
      // each instance counts what it queued and sent, so the sums over instances are the totals
      assertThat(queuedByA + queuedByB).isEqualTo(expected.size());
      assertThat(sentByA).isEqualTo(apiA.sent().size());
      assertThat(sentByB).isEqualTo(apiB.sent().size());
      System.out.printf("two instances: a queued %.0f and sent %d alerts, b queued %.0f and sent %d%n", queuedByA,
          apiA.sent().size(), queuedByB, apiB.sent().size());
      assertThat(a.errors()).noneMatch(line -> line.startsWith("ERROR"));
      assertThat(b.errors()).noneMatch(line -> line.startsWith("ERROR"));
    }
  }

  private static Map<String, String> telegram(RecordingBotApi api) {
    return Map.of("TELEGRAM_BOT_TOKEN", RecordingBotApi.TOKEN, "NEWSBOT_TELEGRAM_API_URL", api.url());
  }

  /** Subscribes each "CHAT QUERY" as its Telegram user would with /subscribe, through the core on the database. */
  private void subscribe(Set<String> chatAndQuery) {
    ChatService chat = new ChatService(question -> {
      throw new UnsupportedOperationException("only commands here");
    });
    try (Alerts alerts = new Alerts(database, new ArticleStore(database),
        new ClusteredStories(new StoryClusters(new StoryStore(database))))) {
      alerts.registerWith(chat);
      for (String pair : chatAndQuery) {
        String[] parts = pair.split(" ");
        Reply reply = chat.handle(new ChatMessage(parts[0], new Caller("telegram", parts[0], "Reader", Role.USER),
            "/subscribe " + parts[1]));
        assertThat(PlainTextRenderer.render(reply)).startsWith("Subscribed (#");
      }
    }
  }

  /** The query an alert's heading names: "New for your subscription #7 (Juniper):". */
  private static String subscription(String text) {
    Matcher heading = HEADING.matcher(text);
    assertThat(heading.find()).as("an alert: " + text).isTrue();
    return heading.group(1);
  }

  /** Waits until the outbox holds only sent messages, at least {@code count}; checks it holds exactly that many. */
  private void awaitAllSent(int count) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    Map<String, Long> statuses = outbox();
    while (!(statuses.keySet().equals(Set.of("SENT")) && statuses.get("SENT") >= count)
        && System.nanoTime() < deadline) {
      Thread.sleep(200);
      statuses = outbox();
    }
    assertThat(statuses).as("the outbox: every alert queued once and sent").isEqualTo(Map.of("SENT", (long) count));
  }

  private Map<String, Long> outbox() throws SQLException {
    Map<String, Long> statuses = new TreeMap<>();
    try (Connection connection = database.connection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT status, COUNT(*) FROM alert_outbox GROUP BY status");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        statuses.put(rs.getString(1), rs.getLong(2));
      }
    }
    return statuses;
  }

  /** Waits until the instances' sent counters add up to {@code count}: each counts just after settling a message. */
  private void awaitSentCounted(List<ChildNewsbot> instances, int count) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      double sent = 0;
      for (ChildNewsbot instance : instances) {
        sent += metric(instance, SENT);
      }
      if (sent >= count) {
        return;
      }
      Thread.sleep(100);
    }
  }

  private double metric(ChildNewsbot instance, String series) throws Exception {
    HttpResponse<String> metrics = get(instance, "/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    return Scrape.value(metrics.body(), series);
  }

  private boolean polledSomething(String instance) {
    return fetchedBy.values().stream().anyMatch(agent -> agent.endsWith("/" + instance));
  }
}
