package org.newsbot.ingest.poll;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.newsbot.article.Source;
import org.newsbot.ingest.SourceSettings;
import org.newsbot.store.PollStateStore;
import org.newsbot.store.SourceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls sources when they are due: every tick it reads the due sources from the database and
 * starts each on a virtual thread, at most {@code maxConcurrentPolls} at once and never one source
 * twice at a time. Per-host limits apply inside the fetcher.
 */
final class PollScheduler implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PollScheduler.class);

  private final SourcePoller poller;
  private final PollStateStore states;
  private final SourceStore sources;
  private final SourceSettings settings;
  private final Clock clock;
  private final Consumer<PollReport> done;
  private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
  private final Semaphore slots;
  private ScheduledExecutorService ticker;
  private ExecutorService workers;

  PollScheduler(SourcePoller poller, PollStateStore states, SourceStore sources, SourceSettings settings,
      Clock clock, Consumer<PollReport> done) {
    this.poller = poller;
    this.states = states;
    this.sources = sources;
    this.settings = settings;
    this.clock = clock;
    this.done = done;
    this.slots = new Semaphore(settings.maxConcurrentPolls());
  }

  synchronized void start() {
    if (ticker != null) {
      return;
    }
    workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("newsbot-poll-", 0).factory());
    ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "newsbot-poll-scheduler");
      thread.setDaemon(true);
      return thread;
    });
    ticker.scheduleWithFixedDelay(this::tick, 0, settings.tick().toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Starts every due source that is not already being polled, as far as free slots allow. */
  void tick() {
    try {
      List<Long> due = states.due(clock.instant(), settings.maxConcurrentPolls() * 2);
      for (long id : due) {
        if (inFlight.contains(id)) {
          continue;
        }
        if (!slots.tryAcquire()) {
          return;
        }
        inFlight.add(id);
        try {
          workers.execute(() -> run(id));
        } catch (RuntimeException e) {
          inFlight.remove(id);
          slots.release();
          return; // shutting down
        }
      }
    } catch (RuntimeException e) {
      log.warn("looking for due sources failed; will retry", e);
    }
  }

  private void run(long id) {
    try {
      Optional<Source> source = sources.find(id);
      if (source.isPresent()) {
        done.accept(poller.poll(source.get()));
      }
    } catch (RuntimeException e) {
      log.warn("polling source {} failed", id, e);
    } finally {
      inFlight.remove(id);
      slots.release();
    }
  }

  boolean running() {
    return ticker != null;
  }

  @Override
  public synchronized void close() {
    if (ticker == null) {
      return;
    }
    ticker.shutdownNow();
    workers.shutdownNow();
    try {
      ticker.awaitTermination(5, TimeUnit.SECONDS);
      workers.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    ticker = null;
  }
}
