package org.newsbot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import org.newsbot.alerts.Alerts;
import org.newsbot.alerts.ClusteredStories;
import org.newsbot.answer.Answer;
import org.newsbot.answer.AnswerEngine;
import org.newsbot.answer.wording.Rewording;
import org.newsbot.chat.ChatService;
import org.newsbot.index.EmbeddingBackfill;
import org.newsbot.index.Embedder;
import org.newsbot.index.IndexSync;
import org.newsbot.index.MiniLmEmbedder;
import org.newsbot.index.PassageIndex;
import org.newsbot.ingest.FileImporter;
import org.newsbot.ingest.ImportReport;
import org.newsbot.ingest.SourceCommands;
import org.newsbot.ingest.SourceSettings;
import org.newsbot.ingest.poll.WebSources;
import org.newsbot.ingest.web.HttpFetcher;
import org.newsbot.ops.Health;
import org.newsbot.ops.InstanceId;
import org.newsbot.ops.Metrics;
import org.newsbot.store.ArticleStore;
import org.newsbot.store.Database;
import org.newsbot.store.SourceStore;
import org.newsbot.store.StoryStore;
import org.newsbot.story.StoryClusters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * newsbot's core, wired: the database, the search index kept in line with it, imports, answers and
 * the chat. Opening it brings the index up to date with the database.
 */
public final class Newsbot implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Newsbot.class);
  /** How long the index may lag behind the database, while following it, before it counts as down. */
  static final Duration FOLLOW_STALL = Duration.ofMinutes(2);

  private final Database database;
  private final ArticleStore articles;
  private final SourceStore sources;
  private final PassageIndex index;
  private final IndexSync sync;
  private final EmbeddingBackfill embeddings;
  private final AnswerEngine answers;
  /** Null unless generative wording is configured. */
  private final Rewording wording;
  private final ChatService chat;
  private final StoryClusters stories;
  private final WebSources web;
  private final String instance;
  private final Metrics metrics;
  private final Health health;
  private final Alerts alerts;
  private ScheduledExecutorService follower;
  /** Set when closing: the follower stops between batches (interrupting Lucene's I/O would break its lock). */
  private volatile boolean closing;
  /** When the follower last caught up with the change log without error; null before. */
  private volatile Instant lastFollowed;
  /** Set while commands share this instance: their close() leaves it open for the holder to close. */
  private volatile boolean keptOpen;

  private Newsbot(Database database, PassageIndex index, Embedder embedder, Rewording wording,
      SourceSettings sourceSettings) {
    this.instance = InstanceId.generate();
    this.metrics = Metrics.create();
    this.health = new Health();
    this.database = database;
    this.articles = new ArticleStore(database);
    this.sources = new SourceStore(database);
    this.index = index;
    this.sync = new IndexSync(articles, index);
    this.embeddings = embedder == null ? null : new EmbeddingBackfill(articles, index, embedder, sync);
    this.answers = new AnswerEngine(index, articles, embedder);
    this.wording = wording;
    this.chat = new ChatService(this::ask);
    this.stories = new StoryClusters(new StoryStore(database));
    this.web = new WebSources(sourceSettings, database, articles, sources, stories, sync::catchUp,
        new HttpFetcher(sourceSettings.fetchLimits()), instance, metrics);
    new SourceCommands(sources, articles, web).registerWith(chat);
    health.register("database", this::databaseHealth);
    health.register("index", this::indexHealth);
    this.alerts = new Alerts(database, articles, new ClusteredStories(stories));
    alerts.registerWith(chat);
    alerts.measure(metrics);
  }

  public static Newsbot open(NewsbotSettings settings) {
    return open(settings, SourceSettings.defaults());
  }

  /** Opens the core with web sources fetched and polled as {@code sourceSettings} say. */
  public static Newsbot open(NewsbotSettings settings, SourceSettings sourceSettings) {
    Path data = settings.dataDir();
    try {
      Files.createDirectories(data);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data folder " + data, e);
    }
    String url = settings.databaseUrl() == null ? Database.embeddedUrl(data) : settings.databaseUrl();
    Database database = Database.open(url, settings.databaseUser(), settings.databasePassword());
    PassageIndex index;
    try {
      index = PassageIndex.open(data.resolve("index"));
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    Rewording wording = settings.llm() == null ? null : new Rewording(settings.llm());
    Newsbot newsbot = new Newsbot(database, index, settings.semanticSearch() ? new MiniLmEmbedder() : null, wording,
        sourceSettings);
    if (wording != null) {
      log.info("answers are reworded by model {} at {}, checked against their claims",
          settings.llm().model(), settings.llm().describeEndpoint());
    }
    if (!index.writable()) {
      log.info("another newsbot process writes the index in {}; this one reads it", data);
    }
    log.info("newsbot instance {} on the database {}", newsbot.instance, database.describe());
    if (settings.databaseUrl() == null) {
      int unlogged = newsbot.articles.logUnloggedArticles();
      if (unlogged > 0) {
        log.warn("{} articles were stored without their change (the last process was killed during an import);"
            + " they are indexed and matched now", unlogged);
      }
      // the embedded database has one user, the data folder's owner: a claim left is a dead sender's
      int reclaimed = newsbot.alerts.reclaimAsSoleUser();
      if (reclaimed > 0) {
        log.info("{} alerts a stopped process was sending go out again", reclaimed);
      }
    }
    int caughtUp = newsbot.sync.catchUp();
    if (caughtUp > 0) {
      log.info("brought the search index up to date: {} articles", caughtUp);
    }
    return newsbot;
  }

  /** Imports files and folders and indexes what they add, the index following the import as it goes. */
  public ImportReport importPaths(List<Path> paths) {
    AtomicBoolean importing = new AtomicBoolean(true);
    Thread indexer = new Thread(() -> {
      while (importing.get()) {
        sync.catchUp();
        LockSupport.parkNanos(200_000_000L);
      }
    }, "newsbot-import-indexer");
    indexer.setDaemon(true);
    indexer.start();
    try {
      ImportReport report = new FileImporter(articles, sources).importPaths(paths);
      metrics.imported(report.added(), report.revised());
      if (report.added() + report.revised() > 0) {
        database.syncToDisk(); // what the report calls imported survives a power cut too
      }
      return report;
    } finally {
      importing.set(false);
      LockSupport.unpark(indexer);
      try {
        indexer.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      sync.catchUp();
    }
  }

  /** Computes the embeddings still missing now, instead of in the background; returns how many. */
  public int embedPending(IntConsumer progress) {
    return embeddings == null ? 0 : embeddings.runAll(progress);
  }

  /** Articles whose embeddings are still to be computed. */
  public int pendingEmbeddings() {
    return embeddings == null ? 0 : index.pendingEmbeddingCount();
  }

  /** The answer to {@code question}; reworded when generative wording is configured and passes its checks. */
  public Answer ask(String question) {
    return ask(question, null);
  }

  /** The answer to {@code question} as of {@code asOf} (what "today" means; null: today). */
  public Answer ask(String question, java.time.LocalDate asOf) {
    return metrics.timeAnswer(() -> {
      Answer answer = answers.ask(question, asOf);
      return wording == null ? answer : wording.apply(answer);
    });
  }

  /** The answer engine itself, without wording: for measuring answers. */
  public AnswerEngine answers() {
    return answers;
  }

  /** How the question was read and the candidates weighed, with each feature's contribution. */
  public List<String> explain(String question, java.time.LocalDate asOf) {
    return answers.explain(question, asOf);
  }

  /** Rebuilds the search index from the database; returns the number of articles indexed. */
  public int reindex() {
    if (!index.writable()) {
      throw new IllegalStateException("another newsbot process holds the search index; stop it to reindex");
    }
    return sync.rebuild();
  }

  /** False when another process writes the index: imports then reach the index through it. */
  public boolean indexWritable() {
    return index.writable();
  }

  public ChatService chat() {
    return chat;
  }

  /** Subscriptions and alerts; they match and send once {@link Alerts#start()} is called. */
  public Alerts alerts() {
    return alerts;
  }

  public ArticleStore articles() {
    return articles;
  }

  public SourceStore sources() {
    return sources;
  }

  public Database database() {
    return database;
  }

  /** Feeds and pages: adding, removing, their state, polling now, previews. */
  public WebSources webSources() {
    return web;
  }

  /** Near-duplicate articles grouped into stories. */
  public StoryClusters stories() {
    return stories;
  }

  /** This process's name among the instances that share the database, as its leases show it. */
  public String instanceId() {
    return instance;
  }

  /** The meters that {@code /metrics} serves; features count into them. */
  public Metrics metrics() {
    return metrics;
  }

  /** The checks that {@code /health} runs; adapters add theirs. */
  public Health health() {
    return health;
  }

  /** Polls web sources in the background as they fall due, until {@link #close()}. */
  public void startPolling() {
    web.startPolling();
  }

  /**
   * Follows the article change log every {@code interval}, so articles stored by another process
   * (an import while the bot runs) become searchable here.
   */
  public synchronized void followChanges(long interval, TimeUnit unit) {
    if (follower != null) {
      return;
    }
    follower = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "newsbot-index-follower");
      thread.setDaemon(true);
      return thread;
    });
    follower.scheduleWithFixedDelay(() -> {
      try {
        sync.catchUp();
        lastFollowed = Instant.now();
        // embeddings catch up behind keyword search, a batch at a time between change checks
        while (embeddings != null && !closing && embeddings.step(32) > 0) {
          sync.catchUp();
          lastFollowed = Instant.now();
        }
      } catch (RuntimeException e) {
        if (closing) {
          return; // the work left is picked up on the next start
        }
        log.warn("catching up with the article log failed; will retry", e);
      }
    }, 0, interval, unit);
  }

  private Health.Check databaseHealth() {
    try (Connection connection = database.connection()) {
      if (!connection.isValid(5)) {
        return Health.Check.down("the database does not answer");
      }
      return Health.Check.up(Map.of("product", connection.getMetaData().getDatabaseProductName()));
    } catch (SQLException | RuntimeException e) {
      return Health.Check.down("cannot reach the database: " + e.getMessage());
    }
  }

  /**
   * The index is healthy while it can be searched and, where this process follows the change log,
   * keeps following it: behind the database for longer than {@link #FOLLOW_STALL} is down.
   */
  private Health.Check indexHealth() {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("passages", index.size());
    detail.put("writable", index.writable());
    long applied = index.appliedChange();
    detail.put("applied_change", applied);
    long last;
    try {
      last = articles.lastChange();
    } catch (RuntimeException e) {
      detail.put("database_change", null);
      return Health.Check.up(detail); // the database check says what is wrong
    }
    detail.put("database_change", last);
    detail.put("behind", Math.max(0, last - applied));
    Instant followed = lastFollowed;
    boolean following;
    synchronized (this) {
      following = follower != null;
    }
    if (following) {
      detail.put("last_followed", followed == null ? null : followed.toString());
      boolean stalled = followed == null || followed.isBefore(Instant.now().minus(FOLLOW_STALL));
      if (last > applied && stalled) {
        return Health.Check.down("the index has not followed the article log since "
            + (followed == null ? "it started" : followed), detail);
      }
    }
    return Health.Check.up(detail);
  }

  /**
   * Shares this instance among commands: from now on {@link #close()} leaves it open, and closing
   * the handle returned closes it.
   */
  public AutoCloseable keepOpen() {
    keptOpen = true;
    return () -> {
      keptOpen = false;
      close();
    };
  }

  /**
   * Stops the work in the background (alert matching and delivery, polling, index following) before
   * closing the index and, last, the database.
   */
  @Override
  public void close() {
    if (keptOpen) {
      return;
    }
    alerts.close();
    web.close();
    synchronized (this) {
      if (follower != null) {
        closing = true;
        follower.shutdown();
        try {
          follower.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    if (wording != null) {
      wording.close();
    }
    try {
      index.close();
    } catch (IOException e) {
      log.warn("closing the search index failed", e);
    } finally {
      database.close();
    }
  }
}
