package org.newsbot.alerts;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.newsbot.article.Article;
import org.newsbot.ops.Metrics;
import org.newsbot.store.ArticleStore;
import org.newsbot.store.Jdbc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the article change log and matches every stored or revised article against all
 * subscriptions. Each batch's alerts, their outbox rows and the cursor's advance are written in
 * one transaction: a crash anywhere before the commit redoes the batch, after it nothing is lost.
 */
final class AlertMatcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(AlertMatcher.class);
  private static final int REGISTER_BATCH = 10_000;

  private final DataSource dataSource;
  private final ArticleStore articles;
  private final SubscriptionStore subscriptions;
  private final StoryLookup stories;
  private final Clock clock;
  private final int batch;
  private final Duration gapTimeout;
  private final Runnable afterCommit;
  private final Metrics metrics;
  private SubscriptionMonitor monitor;

  AlertMatcher(DataSource dataSource, ArticleStore articles, SubscriptionStore subscriptions, StoryLookup stories,
      Clock clock, int batch, Duration gapTimeout, Runnable afterCommit, Metrics metrics) {
    this.dataSource = dataSource;
    this.articles = articles;
    this.subscriptions = subscriptions;
    this.stories = stories;
    this.clock = clock;
    this.batch = batch;
    this.gapTimeout = gapTimeout;
    this.afterCommit = afterCommit;
    this.metrics = metrics;
  }

  /** Matches batches until the log is caught up; returns the number of changes matched. */
  synchronized int catchUp() {
    int total = 0;
    while (!Thread.currentThread().isInterrupted()) {
      int matched = step();
      if (matched == 0) {
        break;
      }
      total += matched;
    }
    return total;
  }

  /** Matches the next batch of changes; returns how many it matched (0 when none are waiting). */
  synchronized int step() {
    MatchCursor.Position position = MatchCursor.read(dataSource);
    // the changes are read before subscriptions are brought up to date: a subscription made after
    // this point was made after these changes were logged, and must not be alerted for them
    List<MatchCursor.Change> changes = MatchCursor.pending(dataSource, position, batch);
    syncSubscriptions();
    if (changes.isEmpty()) {
      if (!position.done().isEmpty()) {
        commit(position, List.of(), List.of());
      }
      return 0;
    }
    Map<Long, Long> lastSeqByArticle = new LinkedHashMap<>();
    changes.forEach(change -> lastSeqByArticle.put(change.articleId(), change.seq()));
    Map<Long, Article> current = articles.find(lastSeqByArticle.keySet());
    List<Article> live = new ArrayList<>();
    lastSeqByArticle.keySet().forEach(id -> {
      if (current.containsKey(id)) {
        live.add(current.get(id));
      }
    });
    List<AlertWriter.Found> found = new ArrayList<>();
    for (SubscriptionMonitor.Matches match : monitor.match(live)) {
      Article article = match.article();
      found.add(new AlertWriter.Found(lastSeqByArticle.get(article.id()), ArticleSnapshot.of(article, ""),
          stories.storyOf(article), match.bySubscription()));
    }
    return commit(position, changes, found) ? changes.size() : 0;
  }

  private boolean commit(MatchCursor.Position position, List<MatchCursor.Change> changes,
      List<AlertWriter.Found> found) {
    AlertWriter.Recorded recorded = Jdbc.inTransaction(dataSource, "recording alerts", connection -> {
      if (!MatchCursor.lock(connection, position)) {
        return null; // another matcher got there first; this batch is redone from where it left off
      }
      AlertWriter.Recorded result = AlertWriter.record(connection, found, clock.instant());
      MatchCursor.advance(connection, position, changes.stream().map(MatchCursor.Change::seq).toList(),
          clock.instant(), gapTimeout);
      return result;
    });
    if (recorded == null) {
      return false;
    }
    // counted after the commit: a batch another matcher took, or one that failed, queued nothing here
    metrics.alertsQueued(recorded.alerts() + recorded.updates());
    if (recorded.alerts() + recorded.folded() + recorded.updates() > 0) {
      log.info("matched {} changes: {} new alerts, {} folded into earlier ones, {} updates", changes.size(),
          recorded.alerts(), recorded.folded(), recorded.updates());
      afterCommit.run();
    }
    return true;
  }

  /** Builds the monitor from the database on first use, then applies what changed since. */
  private void syncSubscriptions() {
    if (monitor == null) {
      long started = System.nanoTime();
      SubscriptionMonitor fresh = new SubscriptionMonitor();
      long version = subscriptions.version();
      List<Subscription> pending = new ArrayList<>();
      subscriptions.forEachActive(version, subscription -> {
        pending.add(subscription);
        if (pending.size() >= REGISTER_BATCH) {
          fresh.apply(pending);
          pending.clear();
        }
      });
      fresh.apply(pending);
      fresh.reached(version);
      monitor = fresh;
      log.info("subscription monitor built: {} subscriptions in {} ms", fresh.size(),
          (System.nanoTime() - started) / 1_000_000);
      return;
    }
    while (true) {
      List<Subscription> changed = subscriptions.changedSince(monitor.version(), 1000);
      if (changed.isEmpty()) {
        return;
      }
      monitor.apply(changed);
    }
  }

  /** Subscriptions the monitor holds; builds it when it is not built yet. */
  synchronized int monitored() {
    syncSubscriptions();
    return monitor.size();
  }

  @Override
  public synchronized void close() {
    if (monitor != null) {
      monitor.close();
      monitor = null;
    }
  }
}
