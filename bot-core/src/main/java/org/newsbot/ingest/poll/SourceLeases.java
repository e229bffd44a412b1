package org.newsbot.ingest.poll;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.newsbot.store.LeaseStore;
import org.newsbot.store.PollStateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The leases of the sources this instance is polling, so that of several instances on one
 * database only one polls a source at a time: taken before a poll, renewed every third of their
 * length while it runs, released after. When an instance dies its leases run out and the others
 * take its sources over.
 */
final class SourceLeases implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SourceLeases.class);

  private final LeaseStore store;
  private final String owner;
  private final Duration length;
  private final Set<Long> held = ConcurrentHashMap.newKeySet();
  private ScheduledExecutorService renewer;

  SourceLeases(LeaseStore store, String owner, Duration length) {
    this.store = store;
    this.owner = owner;
    this.length = length;
  }

  String owner() {
    return owner;
  }

  /** Takes the source's lease; false when another instance, or this one, is polling it. */
  boolean take(long sourceId) {
    if (!held.add(sourceId)) {
      return false; // a poll here holds it already
    }
    boolean taken = false;
    try {
      taken = store.acquire(PollStateStore.leaseName(sourceId), owner, length);
    } finally {
      if (!taken) {
        held.remove(sourceId);
      }
    }
    if (taken) {
      startRenewing();
    }
    return taken;
  }

  /** Gives the lease back; a failure to do so only delays the next poll until the lease runs out. */
  void release(long sourceId) {
    held.remove(sourceId);
    try {
      store.release(PollStateStore.leaseName(sourceId), owner);
    } catch (RuntimeException e) {
      log.warn("cannot release the lease on source {}; it runs out by itself: {}", sourceId, e.getMessage());
    }
  }

  /** Who holds the source's lease now, if anyone. */
  String holder(long sourceId) {
    return store.find(PollStateStore.leaseName(sourceId)).map(LeaseStore.Lease::owner).orElse(null);
  }

  void renewAll() {
    for (long sourceId : held) {
      try {
        if (!store.renew(PollStateStore.leaseName(sourceId), owner, length) && held.contains(sourceId)) {
          log.warn("lost the lease on source {} (it ran out); another instance may poll it as well", sourceId);
        }
      } catch (RuntimeException e) {
        log.warn("cannot renew the lease on source {}: {}", sourceId, e.getMessage());
      }
    }
  }

  private synchronized void startRenewing() {
    if (renewer != null) {
      return;
    }
    renewer = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "newsbot-lease-renewer");
      thread.setDaemon(true);
      return thread;
    });
    long every = Math.max(50, length.toMillis() / 3);
    renewer.scheduleWithFixedDelay(this::renewAll, every, every, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void close() {
    if (renewer != null) {
      renewer.shutdownNow();
      renewer = null;
    }
    for (long sourceId : Set.copyOf(held)) {
      release(sourceId);
    }
  }
}
