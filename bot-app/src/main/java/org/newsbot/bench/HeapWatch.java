package org.newsbot.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap for the highest use between two readings. Polled use includes garbage not yet
 * collected; the use right after each collection is closer to what the work needs to keep alive.
 */
public final class HeapWatch implements AutoCloseable {
  private static final long POLL_MILLIS = 10;

  /** Highest heap use since the last reading: polled, and right after a collection (0: none ran). */
  public record Peak(long usedBytes, long afterGcBytes) {}

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(pool -> pool.getType() == MemoryType.HEAP)
      .map(MemoryPoolMXBean::getName)
      .collect(Collectors.toSet());
  private final AtomicLong used = new AtomicLong();
  private final AtomicLong afterGc = new AtomicLong();
  private final AtomicLong overallUsed = new AtomicLong();
  private final AtomicLong overallAfterGc = new AtomicLong();
  private final List<Runnable> unsubscribe = new ArrayList<>();
  private final Thread poller;
  private volatile boolean running = true;

  HeapWatch() {
    NotificationListener listener = this::onGc;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        unsubscribe.add(() -> {
          try {
            emitter.removeNotificationListener(listener);
          } catch (ListenerNotFoundException ignored) {
            // already gone
          }
        });
      }
    }
    poller = new Thread(this::poll, "newsbot-bench-heap");
    poller.setDaemon(true);
    poller.start();
  }

  private void poll() {
    while (running) {
      record(used, overallUsed, memory.getHeapMemoryUsage().getUsed());
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void onGc(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long heapAfter = 0;
    for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        heapAfter += pool.getValue().getUsed();
      }
    }
    record(afterGc, overallAfterGc, heapAfter);
    // the heap just before this collection may be higher than the last poll saw
    long heapBefore = 0;
    for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        heapBefore += pool.getValue().getUsed();
      }
    }
    record(used, overallUsed, heapBefore);
  }

  private static void record(AtomicLong phase, AtomicLong overall, long value) {
    phase.accumulateAndGet(value, Math::max);
    overall.accumulateAndGet(value, Math::max);
  }

  /** The peaks since the previous reading, and starts over. */
  Peak read() {
    record(used, overallUsed, memory.getHeapMemoryUsage().getUsed());
    return new Peak(used.getAndSet(0), afterGc.getAndSet(0));
  }

  /** The peaks since the previous reading, without starting over. */
  Peak peek() {
    record(used, overallUsed, memory.getHeapMemoryUsage().getUsed());
    return new Peak(used.get(), afterGc.get());
  }

  /** The peaks since this watch started. */
  Peak overall() {
    return new Peak(overallUsed.get(), overallAfterGc.get());
  }

  @Override
  public void close() {
    running = false;
    poller.interrupt();
    unsubscribe.forEach(Runnable::run);
  }
}
