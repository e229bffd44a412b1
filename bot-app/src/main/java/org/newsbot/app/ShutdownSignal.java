package org.newsbot.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Waits for the process to be told to stop (Ctrl-C, SIGTERM) and holds the shutdown back until the
 * caller has closed what it runs, so a chat platform and the database are closed cleanly.
 */
final class ShutdownSignal {
  private final CountDownLatch stop = new CountDownLatch(1);
  private final CountDownLatch closed = new CountDownLatch(1);

  static ShutdownSignal install() {
    ShutdownSignal signal = new ShutdownSignal();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      signal.stop.countDown();
      try {
        signal.closed.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "newsbot-shutdown"));
    return signal;
  }

  void await() throws InterruptedException {
    stop.await();
  }

  /** Everything is closed: the shutdown may go on. */
  void closed() {
    closed.countDown();
  }
}
