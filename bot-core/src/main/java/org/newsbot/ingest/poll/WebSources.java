package org.newsbot.ingest.poll;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.newsbot.article.Source;
import org.newsbot.ingest.SourceSettings;
import org.newsbot.ingest.feed.FeedFormatException;
import org.newsbot.ingest.web.FetchException;
import org.newsbot.ingest.web.HttpFetcher;
import org.newsbot.ingest.web.Urls;
import org.newsbot.store.ArticleStore;
import org.newsbot.store.Database;
import org.newsbot.store.PollState;
import org.newsbot.store.PollStateStore;
import org.newsbot.store.SourceEntryStore;
import org.newsbot.store.SourceStore;
import org.newsbot.story.StoryClusters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Web sources: adding and removing feeds and pages, their state, polling them now or on a
 * schedule, and previews. After articles change it calls {@code onArticlesChanged} (the search
 * index catching up), coalesced so a burst of polls costs one catch-up at a time.
 */
public final class WebSources implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(WebSources.class);

  private final SourceSettings settings;
  private final SourceStore sources;
  private final PollStateStore states;
  private final ArticleStore articles;
  private final SourceReader reader;
  private final SourcePoller poller;
  private final PollScheduler scheduler;
  private final Clock clock;
  private final Runnable onArticlesChanged;
  private final ExecutorService catchUp;
  private final AtomicBoolean catchUpPending = new AtomicBoolean();

  public WebSources(SourceSettings settings, Database database, ArticleStore articles, SourceStore sources,
      StoryClusters stories, Runnable onArticlesChanged) {
    this(settings, database, articles, sources, stories, onArticlesChanged, new HttpFetcher(settings.fetchLimits()));
  }

  /** With a fetcher of one's own: tests route host names to loopback servers. */
  public WebSources(SourceSettings settings, Database database, ArticleStore articles, SourceStore sources,
      StoryClusters stories, Runnable onArticlesChanged, HttpFetcher fetcher) {
    this.settings = settings;
    this.sources = sources;
    this.states = new PollStateStore(database);
    this.articles = articles;
    this.clock = Clock.systemUTC();
    this.reader = new SourceReader(fetcher);
    this.poller = new SourcePoller(settings, reader, states, new SourceEntryStore(database), articles, stories, clock);
    this.onArticlesChanged = onArticlesChanged;
    this.catchUp = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "newsbot-poll-indexer");
      thread.setDaemon(true);
      return thread;
    });
    this.scheduler = new PollScheduler(poller, states, sources, settings, clock, this::afterPoll);
  }

  /**
   * Adds the feed or page at {@code url}: fetched once to recognise it (an HTML page that offers a
   * feed and is no article stands for its feed), then polled from now on.
   */
  public AddedSource add(String url, String name, String addedBy) throws SourceException {
    URI uri;
    try {
      uri = Urls.parse(url);
    } catch (IllegalArgumentException e) {
      throw new SourceException(e.getMessage());
    }
    Optional<Source> existing = sources.findByUrl(uri.toString());
    if (existing.isPresent()) {
      return new AddedSource(existing.get(), true, null, 0, null);
    }
    SourceReader.Recognised recognised;
    try {
      recognised = reader.recognise(uri);
    } catch (FetchException | FeedFormatException e) {
      throw new SourceException("cannot add " + uri + ": " + e.getMessage());
    }
    String format;
    int entries;
    String title;
    Source.Kind kind;
    if (recognised.fetched() instanceof Fetched.Feed feed) {
      kind = Source.Kind.FEED;
      format = feed.feed().format();
      entries = feed.feed().entries().size();
      title = feed.feed().title();
    } else {
      Fetched.Page page = (Fetched.Page) recognised.fetched();
      kind = Source.Kind.PAGE;
      format = "page";
      entries = 1;
      title = page.page().siteName() != null ? page.page().siteName() : page.page().title();
    }
    String sourceUrl = recognised.url().toString();
    existing = sources.findByUrl(sourceUrl);
    if (existing.isPresent()) {
      return new AddedSource(existing.get(), true, format, entries,
          recognised.offeredBy() == null ? null : recognised.offeredBy().toString());
    }
    String sourceName = name != null && !name.isBlank() ? name.strip() : title;
    if (sourceName != null && sourceName.length() > 200) {
      sourceName = sourceName.substring(0, 200);
    }
    Source source = sources.ensure(kind, sourceUrl, sourceName, addedBy);
    states.start(source.id(), clock.instant(), format, title);
    log.info("added source {} ({}, {}): {}", source.id(), kind.label(), format, sourceUrl);
    return new AddedSource(source, false, format, entries,
        recognised.offeredBy() == null ? null : recognised.offeredBy().toString());
  }

  /**
   * Gives a web source its own polling interval instead of the default; null returns it to the
   * default. False when there is no such web source.
   */
  public boolean setInterval(long id, java.time.Duration interval) {
    if (interval != null && (interval.isNegative() || interval.isZero())) {
      throw new IllegalArgumentException("a polling interval must be positive");
    }
    if (states.find(id).isEmpty()) {
      return false;
    }
    states.setInterval(id, interval);
    return true;
  }

  /** Removes a source; its articles stay searchable. False when there is no such source. */
  public boolean remove(long id) {
    return sources.remove(id);
  }

  /** Every source with its article count and polling state. */
  public List<SourceStatus> list() {
    Map<Long, Long> counts = articles.countsBySource();
    Map<Long, PollState> polls = states.all();
    List<SourceStatus> statuses = new ArrayList<>();
    for (Source source : sources.list()) {
      statuses.add(new SourceStatus(source, counts.getOrDefault(source.id(), 0L), polls.get(source.id())));
    }
    return statuses;
  }

  /**
   * Polls the web sources with these ids now, or every web source when none are given, at most
   * {@code maxConcurrentPolls} at once; returns when all are done and indexed.
   */
  public List<PollReport> poll(Collection<Long> ids) {
    List<Source> chosen = new ArrayList<>();
    for (Source source : sources.list()) {
      if (source.kind() != Source.Kind.FILE && (ids.isEmpty() || ids.contains(source.id()))) {
        chosen.add(source);
      }
    }
    List<PollReport> reports = new ArrayList<>();
    Semaphore slots = new Semaphore(settings.maxConcurrentPolls());
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<PollReport>> futures = new ArrayList<>();
      for (Source source : chosen) {
        futures.add(pool.submit(() -> {
          slots.acquire();
          try {
            return poller.poll(source);
          } finally {
            slots.release();
          }
        }));
      }
      for (Future<PollReport> future : futures) {
        try {
          reports.add(future.get());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        } catch (java.util.concurrent.ExecutionException e) {
          log.warn("a poll failed unexpectedly", e.getCause());
        }
      }
    }
    if (reports.stream().anyMatch(r -> r.added() + r.revised() > 0)) {
      onArticlesChanged.run();
    }
    return reports;
  }

  /** Fetches and reads a feed or page without storing anything. */
  public Preview preview(String url) {
    return SourcePreview.preview(reader, url);
  }

  /** Starts polling due sources in the background until {@link #close()}. */
  public void startPolling() {
    scheduler.start();
  }

  private void afterPoll(PollReport report) {
    if (report.added() + report.revised() == 0) {
      return;
    }
    if (catchUpPending.compareAndSet(false, true)) {
      try {
        catchUp.execute(() -> {
          catchUpPending.set(false);
          try {
            onArticlesChanged.run();
          } catch (RuntimeException e) {
            log.warn("indexing polled articles failed; the next poll retries", e);
          }
        });
      } catch (java.util.concurrent.RejectedExecutionException e) {
        catchUpPending.set(false);
      }
    }
  }

  @Override
  public void close() {
    scheduler.close();
    catchUp.shutdown();
    try {
      catchUp.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
