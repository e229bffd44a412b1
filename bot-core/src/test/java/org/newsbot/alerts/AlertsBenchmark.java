package org.newsbot.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.newsbot.article.Article;
import org.newsbot.article.IncomingArticle;
import org.newsbot.chat.ChatPlatform;
import org.newsbot.chat.Reply;
import org.newsbot.ops.Metrics;
import org.newsbot.store.ArticleStore;
import org.newsbot.store.Database;
import org.newsbot.store.StoryStore;
import org.newsbot.story.StoryClusters;

/**
 * Measures alert matching and delivery: builds subscriptions from the headlines of
 * news-category-v3-10k (words, phrases, OR, exclusions), then times
 * <ol>
 *   <li>building the monitor from the database,</li>
 *   <li>matching alone (the monitor, no database) for short and full-length articles,</li>
 *   <li>the whole matcher: following the change log, stories, alerts and outbox rows committed,</li>
 *   <li>delivery: the dispatcher emptying the outbox into a platform that accepts at once.</li>
 * </ol>
 * Arguments: [subscriptions (100000)] [articles matched alone (1000)] [articles through the whole
 * matcher (300)] [data folder (a new temporary one)].
 */
public final class AlertsBenchmark {
  private static final Set<String> STOP = Set.of("the", "and", "for", "with", "that", "this", "from", "your", "about",
      "what", "when", "will", "have", "after", "into", "over", "they", "their", "just", "more", "than", "says", "said",
      "how", "why", "who", "are", "was", "were", "been", "being", "its", "his", "her", "you", "not", "but", "all");

  /** Words in more than one in this many headlines are too common for a subscription. */
  private static final int COMMON = 200;

  private AlertsBenchmark() {}

  public static void main(String[] args) throws Exception {
    int subscriptionCount = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int articleCount = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int pipelineCount = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    Path dir = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("newsbot-alerts-bench");
    Path corpus = Path.of(System.getProperty("newsbot.shared", "../shared"), "corpus");
    System.out.printf("alerts benchmark: %d subscriptions, %d articles matched alone, %d through the whole matcher,"
        + " %d cores, max heap %d MB, data in %s%n", subscriptionCount, articleCount, pipelineCount,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, dir);

    List<IncomingArticle> headlines = read(corpus.resolve("news-category-v3-10k.jsonl"), 10_000);
    List<String> queries = queries(headlines, subscriptionCount);
    try (Database database = Database.open(Database.embeddedUrl(dir), null, null)) {
      long started = System.nanoTime();
      insertSubscriptions(database, queries);
      System.out.printf("stored %d subscriptions in %.1f s%n", queries.size(), seconds(started));

      // 1. the monitor, rebuilt from the database as on every start
      ArticleStore articles = new ArticleStore(database);
      AlertMatcher matcher = new AlertMatcher(database.dataSource(), articles,
          new SubscriptionStore(database.dataSource(), Clock.systemUTC()),
          new ClusteredStories(new StoryClusters(new StoryStore(database))), Clock.systemUTC(), 200,
          java.time.Duration.ofMinutes(10), () -> {},
          org.newsbot.ops.Metrics.create());
      started = System.nanoTime();
      int monitored = matcher.monitored();
      System.out.printf("monitor built from the database: %d subscriptions in %.1f s, heap in use %d MB%n",
          monitored, seconds(started), usedHeapMb());

      // 2. matching alone, on articles of two lengths
      List<IncomingArticle> bbc = read(corpus.resolve("bbc-fulltext.jsonl"), articleCount);
      List<IncomingArticle> shortOnes = headlines.subList(headlines.size() - articleCount, headlines.size());
      List<Subscription> all = new ArrayList<>();
      new SubscriptionStore(database.dataSource(), Clock.systemUTC()).forEachActive(Long.MAX_VALUE, all::add);
      for (boolean multipass : new boolean[] {false, true}) {
        SubscriptionMonitor monitor = new SubscriptionMonitor(multipass
            ? new MultipassTermFilteredPresearcher(2, 0, SubscriptionMonitor.WEIGHTOR, List.of(), Set.of())
            : new TermFilteredPresearcher(SubscriptionMonitor.WEIGHTOR, List.of(), Set.of()));
        started = System.nanoTime();
        monitor.apply(all);
        System.out.printf("%s presearcher: %d queries registered in %.1f s%n", multipass ? "two-pass" : "one-pass",
            all.size(), seconds(started));
        matchOnly(monitor, "headline + description", shortOnes);
        matchOnly(monitor, "full BBC article", bbc);
        monitor.close();
      }

      // 3. the whole matcher: change log, stories, alerts and outbox rows in the database
      pipeline(database, articles, matcher, "headline + description", shortOnes.subList(0, Math.min(pipelineCount, shortOnes.size())));
      pipeline(database, articles, matcher, "full BBC article", bbc.subList(0, Math.min(pipelineCount, bbc.size())));
      matcher.close();

      // 4. delivery into a platform that takes every message at once
      long pending = count(database, "SELECT COUNT(*) FROM alert_outbox WHERE status = 'PENDING'");
      System.out.printf("outbox: %d messages to %d chats%n", pending,
          count(database, "SELECT COUNT(DISTINCT chat_id) FROM alert_outbox"));
      for (int senders : new int[] {1, 4}) {
        AtomicInteger taken = new AtomicInteger();
        ChatPlatforms platforms = new ChatPlatforms();
        platforms.register(new ChatPlatform() {
          @Override
          public String name() {
            return "bench";
          }

          @Override
          public void send(String chatId, Reply reply) {
            taken.incrementAndGet();
          }
        });
        AlertDispatcher dispatcher = new AlertDispatcher(platforms, new OutboxStore(database.dataSource()),
            new ChatStore(database.dataSource()), new AlertViews(database.dataSource()),
            AlertSettings.defaults().withRates(0, 0).withDelivery(senders, ZoneOffset.UTC, 20), Clock.systemUTC(),
            Metrics.create());
        long limit = Math.min(pending / 2, 20_000);
        started = System.nanoTime();
        int sent = 0;
        while (sent < limit) {
          AlertDispatcher.Round round = dispatcher.dispatchOnce();
          if (round.attempted() == 0) {
            break;
          }
          sent += round.sent();
        }
        double took = seconds(started);
        System.out.printf("delivery, %d sender(s): %d messages in %.1f s = %.0f messages/s (platform took %d)%n",
            senders, sent, took, sent / took, taken.get());
        dispatcher.close();
      }
    }
  }

  private static void matchOnly(SubscriptionMonitor monitor, String kind, List<IncomingArticle> incoming) {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < incoming.size(); i++) {
      IncomingArticle a = incoming.get(i);
      articles.add(new Article(i + 1, null, a.outlet(), a.url(), a.title(), a.published(), a.language(), a.body(),
          "", Instant.EPOCH));
    }
    monitor.match(articles.subList(0, Math.min(200, articles.size()))); // warm up
    long started = System.nanoTime();
    long matches = 0;
    for (int from = 0; from < articles.size(); from += 200) {
      for (SubscriptionMonitor.Matches match : monitor.match(articles.subList(from, Math.min(articles.size(), from + 200)))) {
        matches += match.bySubscription().size();
      }
    }
    double took = seconds(started);
    System.out.printf("matching alone (%s, %d words on average): %d articles in %.1f s = %.0f articles/s,"
        + " %.1f matching subscriptions per article%n", kind, averageWords(incoming), articles.size(), took,
        articles.size() / took, matches / (double) articles.size());
  }

  private static void pipeline(Database database, ArticleStore articles, AlertMatcher matcher, String kind,
      List<IncomingArticle> incoming) throws Exception {
    long alertsBefore = count(database, "SELECT COUNT(*) FROM alert_articles");
    for (int from = 0; from < incoming.size(); from += 500) {
      articles.save(incoming.subList(from, Math.min(incoming.size(), from + 500)));
    }
    long started = System.nanoTime();
    int changes = matcher.catchUp();
    double took = seconds(started);
    long alerts = count(database, "SELECT COUNT(*) FROM alert_articles") - alertsBefore;
    System.out.printf("whole matcher (%s): %d articles in %.1f s = %.0f articles/s; %d matches recorded"
        + " (%.0f per second)%n", kind, changes, took, changes / took, alerts, alerts / took);
  }

  /**
   * Queries of the kinds people write, from the words of real headlines: names and topics, not
   * the words every headline has (a word in more than one headline in {@link #COMMON} is left out).
   */
  static List<String> queries(List<IncomingArticle> headlines, int count) {
    Random random = new Random(42);
    Set<String> queries = new LinkedHashSet<>();
    java.util.Map<String, Integer> headlinesWith = new java.util.HashMap<>();
    for (IncomingArticle headline : headlines) {
      new java.util.HashSet<>(List.of(headline.title().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")))
          .forEach(word -> headlinesWith.merge(word, 1, Integer::sum));
    }
    int common = headlines.size() / COMMON;
    List<List<String>> words = new ArrayList<>();
    for (IncomingArticle headline : headlines) {
      List<String> list = new ArrayList<>();
      for (String word : headline.title().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (word.length() >= 3 && !STOP.contains(word) && headlinesWith.get(word) <= common) {
          list.add(word);
        }
      }
      if (list.size() >= 3) {
        words.add(list);
      }
    }
    QuerySyntax syntax = new QuerySyntax(200, 12);
    int attempts = 0;
    while (queries.size() < count && attempts++ < count * 20) {
      List<String> title = words.get(random.nextInt(words.size()));
      int i = random.nextInt(title.size() - 1);
      String a = title.get(i);
      String b = title.get(i + 1);
      String c = title.get(random.nextInt(title.size()));
      String other = words.get(random.nextInt(words.size())).getFirst();
      int kind = random.nextInt(100);
      String query = kind < 40 ? a + " " + c
          : kind < 60 ? "\"" + a + " " + b + "\""
          : kind < 80 ? a + " OR " + b + " " + c
          : kind < 95 ? a + " " + b + " -" + other
          : a + " " + b + " source:huffpost";
      try {
        syntax.parse(query);
        queries.add(query);
      } catch (InvalidQueryException e) {
        // a word that is all stop words after analysis: pick another
      }
    }
    return new ArrayList<>(queries);
  }

  private static void insertSubscriptions(Database database, List<String> queries) throws Exception {
    try (Connection connection = database.connection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO subscriptions (platform, chat_id, query, created_by, created_at, after_change, version)"
              + " VALUES ('bench', ?, ?, 'bench', ?, 0, ?)")) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < queries.size(); i++) {
          insert.setString(1, "chat-" + i % 10_000);
          insert.setString(2, queries.get(i));
          insert.setObject(3, now);
          insert.setLong(4, i + 1);
          insert.addBatch();
          if (i % 5000 == 4999) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      try (PreparedStatement counter = connection.prepareStatement(
          "UPDATE alert_counters SET issued = ? WHERE name = 'subscriptions'")) {
        counter.setLong(1, queries.size());
        counter.executeUpdate();
      }
      connection.commit();
    }
  }

  static List<IncomingArticle> read(Path jsonl, int limit) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<IncomingArticle> articles = new ArrayList<>();
    try (Stream<String> lines = Files.lines(jsonl)) {
      for (String line : (Iterable<String>) lines::iterator) {
        if (articles.size() == limit) {
          break;
        }
        JsonNode node;
        try {
          node = json.readTree(line);
        } catch (IOException e) {
          continue;
        }
        String published = node.path("published").isTextual() ? node.path("published").asText() : null;
        String url = node.path("url").isTextual() ? node.path("url").asText()
            : "https://example.org/" + jsonl.getFileName() + "/" + node.path("id").asText();
        articles.add(new IncomingArticle(null, node.path("outlet").asText(null), url, node.path("title").asText(""),
            published == null ? null : LocalDate.parse(published.substring(0, 10)), null, node.path("body").asText("")));
      }
    }
    articles.sort(Comparator.comparing(IncomingArticle::url));
    return articles;
  }

  private static int averageWords(List<IncomingArticle> articles) {
    long words = 0;
    for (IncomingArticle article : articles) {
      words += (article.title() + " " + article.body()).split("\\s+").length;
    }
    return (int) (words / Math.max(1, articles.size()));
  }

  private static long count(Database database, String sql) throws Exception {
    try (Connection connection = database.connection();
        PreparedStatement select = connection.prepareStatement(sql);
        var rs = select.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long usedHeapMb() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }
}
