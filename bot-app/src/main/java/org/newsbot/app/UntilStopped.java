package org.newsbot.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a bot without a terminal running until the JVM is asked to stop (Ctrl-C, SIGTERM), and
 * holds the exit back until the bot has closed what it opened (the database, the index, its
 * connections). Close it after everything else.
 */
final class UntilStopped implements AutoCloseable {
  private final CountDownLatch stopRequested = new CountDownLatch(1);
  private final CountDownLatch closed = new CountDownLatch(1);
  private final Thread hook;

  UntilStopped() {
    hook = new Thread(() -> {
      stopRequested.countDown();
      try {
        closed.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "newsbot-stop");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  void await() throws InterruptedException {
    stopRequested.await();
  }

  @Override
  public void close() {
    closed.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException stopping) {
      // the JVM is already stopping; the hook has seen closed
    }
  }
}
