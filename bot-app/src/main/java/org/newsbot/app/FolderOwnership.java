package org.newsbot.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.newsbot.app.owner.ControlClient;
import org.newsbot.app.owner.ControlServer;
import org.newsbot.app.owner.OwnerLock;
import org.newsbot.app.owner.OwnerRecord;
import org.slf4j.LoggerFactory;

/**
 * Runs a command on an embedded data folder where it belongs: in the folder's owner when one runs
 * (the command's output streamed back), else in this process as the owner, serving the commands
 * that come meanwhile. A second bot on an owned folder stops with a message, or waits to take over
 * when configured as a follower ({@code owner.follow}).
 */
final class FolderOwnership {
  /** How long a command waits quietly for an owner that is starting or stopping before it says so. */
  private static final long QUIET_WAIT_NANOS = TimeUnit.SECONDS.toNanos(2);
  /** How long a stopping bot lets the commands it serves finish. */
  private static final Duration BOT_GRACE = Duration.ofSeconds(20);

  private final Map<String, String> env;
  private final Main options;
  private final Path dir;
  private final AppConfig config;
  private final Placement placement;
  private final String command;
  private final List<String> args;

  FolderOwnership(Map<String, String> env, Main options, Path dir, AppConfig config, Placement placement,
      String command, List<String> args) {
    this.env = env;
    this.options = options;
    this.dir = dir.toAbsolutePath().normalize();
    this.config = config;
    this.placement = placement;
    this.command = command;
    this.args = args;
  }

  int execute() throws InterruptedException {
    long started = System.nanoTime();
    boolean saidWaiting = false;
    while (true) {
      Optional<OwnerLock> lock;
      try {
        lock = OwnerLock.tryAcquire(dir, command);
      } catch (IOException e) {
        System.err.println("newsbot: " + cannotWrite(e));
        return 1;
      }
      if (lock.isPresent()) {
        return own(lock.get());
      }
      Optional<OwnerRecord> owner = OwnerRecord.read(dir);
      String who = owner.map(OwnerRecord::describe).orElse("a process that is starting");
      if (placement == Placement.OWNER) {
        if (!config.flag("owner.follow", false)) {
          System.err.println("newsbot: another newsbot (" + who + ") owns the data folder " + dir
              + "; stop it first, or set owner.follow: true to have this one wait and take over when it stops.");
          return 1;
        }
        System.err.println("newsbot: another newsbot (" + who + ") owns the data folder " + dir
            + "; following it: this one takes over when it stops.");
        try {
          return own(OwnerLock.acquire(dir, command));
        } catch (IOException e) {
          System.err.println("newsbot: " + cannotWrite(e));
          return 1;
        }
      }
      if (owner.isPresent() && owner.get().socket() != null) {
        ControlClient.Outcome outcome = ControlClient.send(owner.get().socket(), args, workingDirectory(),
            System.out, System.err);
        if (outcome instanceof ControlClient.Outcome.Exited exited) {
          return exited.code();
        }
        if (outcome instanceof ControlClient.Outcome.Lost) {
          System.err.println("newsbot: the newsbot that owns " + dir + " (" + who + ") stopped before '"
              + command + "' finished; what it had stored is kept. Run the command again to finish it.");
          return 1;
        }
      }
      if (!saidWaiting && System.nanoTime() - started > QUIET_WAIT_NANOS) {
        System.err.println("newsbot: waiting for the newsbot that owns " + dir + " (" + who + ")...");
        saidWaiting = true;
      }
      Thread.sleep(100);
    }
  }

  private int own(OwnerLock lock) {
    System.setProperty("newsbot.logdir", dir.resolve("logs").toString());
    lock.abandonedBy().ifPresent(previous -> LoggerFactory.getLogger(FolderOwnership.class).info(
        "the previous owner of {} ({}) ended without giving it back; this process takes over", dir,
        previous.describe()));
    CountDownLatch done = new CountDownLatch(1);
    // a stop signal must not end the JVM before the folder is closed in order
    Thread holdExit = new Thread(() -> {
      try {
        done.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "newsbot-close-folder");
    Runtime.getRuntime().addShutdownHook(holdExit);
    FolderHost host = new FolderHost(options);
    ControlServer server = null;
    try (lock) {
      try {
        server = ControlServer.start(ControlServer.socketFor(dir),
            (served, cwd) -> Main.executeHere(env, host, cwd, served));
        lock.serving(server.socket());
      } catch (IOException e) {
        System.err.println("newsbot: cannot open the control socket in " + dir + " (" + e.getMessage()
            + "); other commands wait until this one ends.");
      }
      try {
        return Main.executeHere(env, host, workingDirectory(), args);
      } finally {
        if (server != null) {
          // a bot that stops cuts what it serves short; a command line lets it finish
          server.close(placement == Placement.OWNER ? BOT_GRACE : Duration.ofDays(365));
        }
        host.close();
      }
    } finally {
      done.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(holdExit);
      } catch (IllegalStateException stopping) {
        // the JVM is stopping and has seen done
      }
    }
  }

  private static Path workingDirectory() {
    return Path.of("").toAbsolutePath();
  }

  private String cannotWrite(IOException e) {
    if (e instanceof AccessDeniedException || (e instanceof FileSystemException fs && fs.getReason() != null
        && fs.getReason().toLowerCase().contains("read-only"))) {
      return "the data folder " + dir + " is read-only for this user; newsbot keeps its database, index and"
          + " logs there, so give it a folder it can write (--data or NEWSBOT_DATA).";
    }
    String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
    return "cannot use the data folder " + dir + ": " + reason + ".";
  }
}
