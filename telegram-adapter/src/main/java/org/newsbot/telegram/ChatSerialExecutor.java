package org.newsbot.telegram;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on a small pool, one chat at a time: messages of one chat are handled in the order
 * they arrived, while a slow answer in one chat does not hold up the others.
 */
final class ChatSerialExecutor implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ChatSerialExecutor.class);

  private final ExecutorService pool;
  private final Map<String, CompletableFuture<Void>> tails = new HashMap<>();

  ChatSerialExecutor(int threads, String name) {
    AtomicInteger count = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  void submit(String chatId, Runnable task) {
    synchronized (tails) {
      CompletableFuture<Void> tail = tails.getOrDefault(chatId, CompletableFuture.completedFuture(null));
      CompletableFuture<Void> next;
      try {
        next = tail.exceptionally(e -> null).thenRunAsync(() -> run(chatId, task), pool);
      } catch (RejectedExecutionException e) {
        log.debug("shutting down: dropped an update for chat {}", chatId);
        return;
      }
      tails.put(chatId, next);
      next.whenComplete((ignored, error) -> {
        synchronized (tails) {
          tails.remove(chatId, next);
        }
      });
    }
  }

  private static void run(String chatId, Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      log.error("handling an update for chat {} failed", chatId, e);
    }
  }

  /** Lets running tasks finish for up to {@code seconds}, then interrupts them. */
  void shutdown(long seconds) {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(seconds, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    shutdown(5);
  }
}
