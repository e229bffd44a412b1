package org.newsbot.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsbot.chat.ChatPlatform;
import org.newsbot.chat.DeliveryException;
import org.newsbot.chat.Reply;
import org.newsbot.ops.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Sends the outbox through the chats' platforms: each chat's oldest message first, several chats
 * at once, within the rate limits. A rate limit waits for the platform's retry-after, a passing
 * fault backs off, a chat that is gone is parked (and tried again now and then), and a message
 * the platform refuses is dropped with a log line naming the chat.
 */
final class AlertDispatcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(AlertDispatcher.class);
  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
  /** Messages one chat may send in a round, in order, before other chats get a turn again. */
  private static final int PER_CHAT = 20;
  private static final int CHATS_PER_ROUND = 200;

  private final ChatPlatforms platforms;
  private final OutboxStore outbox;
  private final ChatStore chats;
  private final AlertViews views;
  private final AlertRenderer renderer;
  private final AlertSettings settings;
  private final Clock clock;
  private final RateLimits limits;
  private final ExecutorService senders;
  private final Metrics metrics;

  AlertDispatcher(ChatPlatforms platforms, OutboxStore outbox, ChatStore chats, AlertViews views,
      AlertSettings settings, Clock clock, Metrics metrics) {
    this.metrics = metrics;
    this.platforms = platforms;
    this.outbox = outbox;
    this.chats = chats;
    this.views = views;
    this.renderer = new AlertRenderer(settings.digestStories());
    this.settings = settings;
    this.clock = clock;
    this.limits = new RateLimits(settings.perChatPerMinute(), settings.perPlatformPerSecond());
    AtomicInteger count = new AtomicInteger();
    this.senders = Executors.newFixedThreadPool(settings.senders(), runnable -> {
      Thread thread = new Thread(runnable, "newsbot-alert-sender-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * What a round did: messages it tried to send and sent, and when the next message may be due
   * (null when nothing waits on a platform this process has).
   */
  record Round(int attempted, int sent, Instant nextDue) {}

  /** Sends what is due until nothing more is; returns the number of messages sent. */
  int dispatchDue() {
    int sent = 0;
    while (!Thread.currentThread().isInterrupted()) {
      Round round = dispatchOnce();
      sent += round.sent();
      if (round.attempted() == 0) {
        break;
      }
    }
    return sent;
  }

  /** One round: digests that are due, then a run of messages from each chat's head. */
  synchronized Round dispatchOnce() {
    Instant now = clock.instant();
    Set<String> names = platforms.names();
    outbox.reclaimExpired(now);
    makeDigests(now);
    List<Future<Integer>> sending = new ArrayList<>();
    long soonest = Long.MAX_VALUE;
    int attempted = 0;
    for (List<OutboxStore.Row> queue : outbox.queues(names, now, PER_CHAT, CHATS_PER_ROUND)) {
      OutboxStore.Row head = queue.getFirst();
      Optional<ChatPlatform> platform = platforms.get(head.platform());
      if (platform.isEmpty()) {
        continue;
      }
      RateLimits.Grant grant = limits.reserve(head.platform(), head.chatId(), queue.size(), System.nanoTime());
      if (grant.messages() == 0) {
        soonest = Math.min(soonest, grant.waitNanos());
        continue;
      }
      List<OutboxStore.Row> run = queue.subList(0, grant.messages());
      int claimed = outbox.claim(run, now.plus(settings.claimTimeout()));
      if (claimed == 0) {
        continue;
      }
      attempted += claimed;
      List<OutboxStore.Row> mine = List.copyOf(run.subList(0, claimed));
      sending.add(senders.submit(() -> deliverInOrder(mine, platform.get())));
    }
    int sent = 0;
    for (Future<Integer> future : sending) {
      try {
        sent += future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (ExecutionException e) {
        log.warn("sending alerts failed unexpectedly", e.getCause());
      }
    }
    // only an idle dispatcher needs to know when to look again
    Instant nextDue = attempted > 0 ? clock.instant() : outbox.nextRetry(names);
    if (soonest != Long.MAX_VALUE) {
      Instant limited = clock.instant().plusNanos(soonest);
      nextDue = nextDue == null || limited.isBefore(nextDue) ? limited : nextDue;
    }
    return new Round(attempted, sent, nextDue);
  }

  /** Sends a chat's claimed messages in order; after one that does not go, the rest wait for a later round. */
  private int deliverInOrder(List<OutboxStore.Row> rows, ChatPlatform platform) {
    int sent = 0;
    for (int i = 0; i < rows.size(); i++) {
      Outcome outcome = deliver(rows.get(i), platform);
      if (outcome == Outcome.SENT) {
        sent++;
      } else if (outcome == Outcome.HELD_BACK) {
        outbox.release(rows.subList(i + 1, rows.size()));
        break;
      }
    }
    return sent;
  }

  /** Gathers held messages into digests: on a chat's schedule, or at once when it no longer holds them. */
  private void makeDigests(Instant now) {
    for (ChatState chat : chats.digestsDue(now)) {
      Instant next = chat.digest().next(now, settings.zone());
      if (chat.muted(now)) {
        chats.digest(chat.platform(), chat.chatId(), chat.digest(), next);
      } else {
        outbox.digest(chat.platform(), chat.chatId(), now, next);
      }
    }
    for (ChatState chat : outbox.chatsHolding()) {
      if (!chat.holding(now)) {
        // the mute ended, or the digest was turned off: what was held goes out as one message
        outbox.digest(chat.platform(), chat.chatId(), now, chat.nextDigest());
      }
    }
  }

  /** What became of one message: sent, dropped (cancelled or refused), or held back for a later try. */
  private enum Outcome { SENT, DROPPED, HELD_BACK }

  /**
   * Sends one claimed message and settles it. Its log lines, the platform's included, carry the
   * alert (none for a digest) and the chat; the sender thread goes on to other chats afterwards.
   */
  private Outcome deliver(OutboxStore.Row row, ChatPlatform platform) {
    try (MDC.MDCCloseable chat = MDC.putCloseable("chat", row.chatId());
        MDC.MDCCloseable on = MDC.putCloseable("platform", row.platform());
        MDC.MDCCloseable alert = row.alertId() == null ? null : MDC.putCloseable("alert", row.alertId().toString())) {
      return send(row, platform);
    }
  }

  private Outcome send(OutboxStore.Row row, ChatPlatform platform) {
    Instant now = clock.instant();
    try {
      Reply reply = render(row);
      if (reply == null) {
        outbox.cancel(row.id());
        return Outcome.DROPPED;
      }
      platform.send(row.chatId(), reply, row.key());
      outbox.sent(row.id(), clock.instant());
      metrics.alertSent();
      if (row.parked()) {
        chats.unpark(row.platform(), row.chatId());
        log.info("{} chat {} takes alerts again", row.platform(), row.chatId());
      }
      return Outcome.SENT;
    } catch (DeliveryException e) {
      return failed(row, e, now);
    } catch (RuntimeException e) {
      log.warn("sending {} to {} chat {} failed; will retry", row.key(), row.platform(), row.chatId(), e);
      int attempts = row.attempts() + 1;
      outbox.retry(row.id(), attempts, now.plus(backoff(attempts)), String.valueOf(e));
      return Outcome.HELD_BACK;
    }
  }

  private Outcome failed(OutboxStore.Row row, DeliveryException e, Instant now) {
    metrics.alertFailed();
    switch (e.kind()) {
      case RATE_LIMITED -> {
        Duration wait = e.retryAfter().isZero() ? DEFAULT_RETRY_AFTER : e.retryAfter();
        metrics.rateLimitWaited(row.platform(), wait);
        outbox.retry(row.id(), row.attempts(), now.plus(wait), e.getMessage());
        return Outcome.HELD_BACK;
      }
      case TRANSIENT -> {
        int attempts = row.attempts() + 1;
        Duration wait = backoff(attempts);
        log.info("sending {} to {} chat {} failed (attempt {}), retrying in {}: {}", row.key(), row.platform(),
            row.chatId(), attempts, wait, e.getMessage());
        outbox.retry(row.id(), attempts, now.plus(wait), e.getMessage());
        return Outcome.HELD_BACK;
      }
      case CHAT_GONE -> {
        if (!row.parked()) {
          log.warn("{} chat {} is gone for the bot; its alerts are parked: {}", row.platform(), row.chatId(),
              e.getMessage());
        }
        chats.park(row.platform(), row.chatId(), now, e.getMessage(), now.plus(settings.parkedRetry()));
        outbox.retry(row.id(), row.attempts(), now, e.getMessage());
        return Outcome.HELD_BACK;
      }
      default -> {
        log.warn("{} refused {} for chat {}; it will not be sent: {}", row.platform(), row.key(), row.chatId(),
            e.getMessage());
        outbox.fail(row.id(), row.attempts() + 1, e.getMessage());
        return Outcome.DROPPED;
      }
    }
  }

  private Reply render(OutboxStore.Row row) {
    return switch (row.kind()) {
      case "DIGEST" -> {
        List<AlertViews.DigestEntry> entries = views.digest(row.id());
        yield entries.isEmpty() ? null : renderer.digest(entries);
      }
      case "UPDATE" -> {
        AlertViews.AlertView view = views.alert(row.alertId());
        yield view == null || !view.active() ? null : renderer.update(view, row.articleId(), row.note());
      }
      default -> {
        AlertViews.AlertView view = views.alert(row.alertId());
        yield view == null || !view.active() ? null : renderer.alert(view);
      }
    };
  }

  /** Doubles from the base with each failure up to the maximum, with some jitter so chats spread out. */
  Duration backoff(int attempts) {
    long base = settings.retryBase().toMillis();
    long millis = base << Math.min(20, Math.max(0, attempts - 1));
    millis = Math.min(millis, settings.retryMax().toMillis());
    double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
    return Duration.ofMillis(Math.max(1, (long) (millis * jitter)));
  }

  @Override
  public void close() {
    senders.shutdown();
    try {
      if (!senders.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
        senders.shutdownNow();
      }
    } catch (InterruptedException e) {
      senders.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
