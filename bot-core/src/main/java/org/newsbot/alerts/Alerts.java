package org.newsbot.alerts;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.newsbot.chat.ChatService;
import org.newsbot.ops.Metrics;
import org.newsbot.store.ArticleStore;
import org.newsbot.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscriptions and alerts, wired: the chat commands, the matcher that follows the article change
 * log, and the dispatcher that empties the outbox through the registered chat platforms. Nothing
 * runs in the background until {@link #start()}; {@link #matchPending()} and
 * {@link #dispatchPending()} do one pass in the caller's thread.
 */
public final class Alerts implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Alerts.class);
  private static final long MAX_IDLE_MILLIS = 1000;

  private final DataSource dataSource;
  private final ArticleStore articles;
  private final StoryLookup stories;
  private final Clock clock;
  private final SubscriptionStore subscriptions;
  private final ChatStore chats;
  private final OutboxStore outbox;
  private final ChatPlatforms platforms = new ChatPlatforms();
  private final Object signal = new Object();
  private volatile AlertSettings settings = AlertSettings.defaults();
  private volatile Metrics metrics = Metrics.create();
  private boolean signalled;
  private AlertMatcher matcher;
  private AlertDispatcher dispatcher;
  private ScheduledExecutorService matching;
  private Thread dispatching;
  private volatile boolean stopped;

  public Alerts(Database database, ArticleStore articles, StoryLookup stories) {
    this(database.dataSource(), articles, stories, Clock.systemUTC());
  }

  public Alerts(DataSource dataSource, ArticleStore articles, StoryLookup stories, Clock clock) {
    this.dataSource = dataSource;
    this.articles = articles;
    this.stories = Objects.requireNonNull(stories, "stories");
    // whole milliseconds: a time stored with more digits than the database keeps may round up,
    // and a message due "now" would then not be due yet when it is read back
    this.clock = Clock.tick(clock, Duration.ofMillis(1));
    this.subscriptions = new SubscriptionStore(dataSource, this.clock);
    this.chats = new ChatStore(dataSource);
    this.outbox = new OutboxStore(dataSource);
    platforms.onChange(this::wake);
  }

  /** Sets limits and pacing; matching and dispatching take them when they first run. */
  public synchronized void configure(AlertSettings settings) {
    if (matcher != null || dispatcher != null) {
      throw new IllegalStateException("alerts are already running; configure them before they start");
    }
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** Counts alerts queued, sent and failed, and time waited on platforms' rate limits, in these metrics. */
  public synchronized void measure(Metrics metrics) {
    if (matcher != null || dispatcher != null) {
      throw new IllegalStateException("alerts are already running; measure them before they start");
    }
    this.metrics = Objects.requireNonNull(metrics, "metrics");
  }

  public AlertSettings settings() {
    return settings;
  }

  /** Adds /subscribe, /subscriptions, /unsubscribe, /mute and /digest to the chat. */
  public void registerWith(ChatService chat) {
    new AlertCommands(subscriptions, chats, () -> settings, clock, this::wake).registerWith(chat);
  }

  /** The platforms alerts can be sent through from this process. */
  public ChatPlatforms platforms() {
    return platforms;
  }

  /** Matches every article change logged so far; returns the number of changes matched. */
  public int matchPending() {
    return matcher().catchUp();
  }

  /** Sends every message that is due now; returns the number the platforms took. */
  public int dispatchPending() {
    return dispatcher().dispatchDue();
  }

  /** Matches and sends in the background until {@link #close()}. */
  public synchronized void start() {
    if (matching != null) {
      return;
    }
    stopped = false;
    AlertMatcher activeMatcher = matcher();
    AlertDispatcher activeDispatcher = dispatcher();
    matching = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "newsbot-alert-matcher"));
    long interval = Math.max(1, settings.matchInterval().toMillis());
    matching.scheduleWithFixedDelay(() -> {
      try {
        // no interrupts on close: an interrupted thread can close the embedded database's file
        int matched;
        do {
          matched = stopped ? 0 : activeMatcher.step();
        } while (matched > 0);
      } catch (RuntimeException e) {
        log.warn("matching new articles against subscriptions failed; will retry", e);
      }
    }, 0, interval, TimeUnit.MILLISECONDS);
    dispatching = daemon(() -> dispatchLoop(activeDispatcher), "newsbot-alert-dispatcher");
    dispatching.start();
  }

  private void dispatchLoop(AlertDispatcher active) {
    while (!stopped) {
      long idle = MAX_IDLE_MILLIS;
      try {
        AlertDispatcher.Round round = active.dispatchOnce();
        if (round.attempted() > 0) {
          continue;
        }
        if (round.nextDue() != null) {
          idle = Math.clamp(Duration.between(clock.instant(), round.nextDue()).toMillis(), 5, MAX_IDLE_MILLIS);
        }
      } catch (RuntimeException e) {
        log.warn("sending alerts failed; will retry", e);
      }
      synchronized (signal) {
        try {
          if (!signalled && !stopped) {
            signal.wait(idle);
          }
        } catch (InterruptedException e) {
          return;
        }
        signalled = false;
      }
    }
  }

  /** Tells the dispatcher there may be something new to send. */
  void wake() {
    synchronized (signal) {
      signalled = true;
      signal.notifyAll();
    }
  }

  private synchronized AlertMatcher matcher() {
    if (matcher == null) {
      AlertSettings current = settings;
      matcher = new AlertMatcher(dataSource, articles, subscriptions, stories, clock, current.matchBatch(),
          current.gapTimeout(), this::wake, metrics);
    }
    return matcher;
  }

  private synchronized AlertDispatcher dispatcher() {
    if (dispatcher == null) {
      dispatcher = new AlertDispatcher(platforms, outbox, chats, new AlertViews(dataSource), settings, clock,
          metrics);
    }
    return dispatcher;
  }

  /**
   * Returns to the queue at once every message a sender had claimed, for a database no other process
   * uses: its senders all died with the last process (with several processes a claim is only taken
   * back once it expires). Returns how many.
   */
  public int reclaimAsSoleUser() {
    return outbox.reclaimExpired(java.time.Instant.now().plus(java.time.Duration.ofDays(36_500)));
  }

  /** Messages in the outbox with this status (PENDING, SENT, HELD, ...). */
  public long outboxCount(String status) {
    return outbox.count(status);
  }

  private static Thread daemon(Runnable runnable, String name) {
    Thread thread = new Thread(runnable, name);
    thread.setDaemon(true);
    return thread;
  }

  @Override
  public void close() {
    ScheduledExecutorService runningMatcher;
    Thread runningDispatcher;
    synchronized (this) {
      stopped = true;
      runningMatcher = matching;
      runningDispatcher = dispatching;
      matching = null;
      dispatching = null;
    }
    wake();
    if (runningMatcher != null) {
      runningMatcher.shutdown();
      await(() -> runningMatcher.awaitTermination(30, TimeUnit.SECONDS));
    }
    if (runningDispatcher != null) {
      await(() -> {
        runningDispatcher.join(Duration.ofSeconds(15));
        return true;
      });
    }
    synchronized (this) {
      if (dispatcher != null) {
        dispatcher.close();
        dispatcher = null;
      }
      if (matcher != null) {
        matcher.close();
        matcher = null;
      }
    }
  }

  private interface Wait {
    boolean run() throws InterruptedException;
  }

  private static void await(Wait wait) {
    try {
      wait.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
