package org.newsbot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.newsbot.alerts.Alerts;
import org.newsbot.alerts.ClusteredStories;
import org.newsbot.answer.Answer;
import org.newsbot.answer.AnswerEngine;
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

  private final Database database;
  private final ArticleStore articles;
  private final SourceStore sources;
  private final PassageIndex index;
  private final IndexSync sync;
  private final EmbeddingBackfill embeddings;
  private final AnswerEngine answers;
  private final ChatService chat;
  private final StoryClusters stories;
  private final WebSources web;
  private final Alerts alerts;
  private ScheduledExecutorService follower;

  private Newsbot(Database database, PassageIndex index, Embedder embedder, SourceSettings sourceSettings) {
    this.database = database;
    this.articles = new ArticleStore(database);
    this.sources = new SourceStore(database);
    this.index = index;
    this.sync = new IndexSync(articles, index);
    this.embeddings = embedder == null ? null : new EmbeddingBackfill(articles, index, embedder, sync);
    this.answers = new AnswerEngine(index, articles, embedder);
    this.chat = new ChatService(answers::ask);
    this.stories = new StoryClusters(new StoryStore(database));
    this.web = new WebSources(sourceSettings, database, articles, sources, stories, sync::catchUp);
    new SourceCommands(sources, articles, web).registerWith(chat);
    this.alerts = new Alerts(database, articles, new ClusteredStories(stories));
    alerts.registerWith(chat);
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
    Newsbot newsbot = new Newsbot(database, index, settings.semanticSearch() ? new MiniLmEmbedder() : null,
        sourceSettings);
    if (!index.writable()) {
      log.info("another newsbot process writes the index in {}; this one reads it", data);
    }
    int caughtUp = newsbot.sync.catchUp();
    if (caughtUp > 0) {
      log.info("brought the search index up to date: {} articles", caughtUp);
    }
    return newsbot;
  }

  /** Imports files and folders, then indexes what they added. */
  public ImportReport importPaths(List<Path> paths) {
    ImportReport report = new FileImporter(articles, sources).importPaths(paths);
    sync.catchUp();
    return report;
  }

  /** Computes the embeddings still missing now, instead of in the background; returns how many. */
  public int embedPending(IntConsumer progress) {
    return embeddings == null ? 0 : embeddings.runAll(progress);
  }

  /** Articles whose embeddings are still to be computed. */
  public int pendingEmbeddings() {
    return embeddings == null ? 0 : index.pendingEmbeddingCount();
  }

  public Answer ask(String question) {
    return answers.ask(question);
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
        // embeddings catch up behind keyword search, a batch at a time between change checks
        while (embeddings != null && !Thread.currentThread().isInterrupted() && embeddings.step(32) > 0) {
          sync.catchUp();
        }
      } catch (RuntimeException e) {
        log.warn("catching up with the article log failed; will retry", e);
      }
    }, 0, interval, unit);
  }

  @Override
  public void close() {
    alerts.close();
    web.close();
    synchronized (this) {
      if (follower != null) {
        follower.shutdownNow();
        try {
          follower.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
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
