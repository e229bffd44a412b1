package org.newsbot.app;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * newsbot in a JVM of its own, started from the test classpath with the java running the tests:
 * {@code newsbot --data DIR ARGS...}, its standard input a pipe the test writes questions into.
 */
final class ChildNewsbot implements AutoCloseable {
  private static final Pattern HTTP = Pattern.compile("/health and /metrics on http://[^:]+:(\\d+)");
  private static final String BANNER = "newsbot console chat.";

  private final String name;
  private final Process process;
  private final BufferedWriter input;
  private final BlockingQueue<String> out = new LinkedBlockingQueue<>();
  private final List<String> err = new CopyOnWriteArrayList<>();
  private int markers;
  private final List<Thread> pumps = new ArrayList<>();

  private ChildNewsbot(String name, Process process) {
    this.name = name;
    this.process = process;
    this.input = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    pumps.add(pump(process.getInputStream(), out::add, name + "-out"));
    pumps.add(pump(process.getErrorStream(), err::add, name + "-err"));
  }

  /**
   * Starts {@code newsbot --data DATA ARGS...} with {@code env} as its only newsbot settings (the
   * test's own NEWSBOT_, TELEGRAM_ and DISCORD_ variables are not passed on).
   */
  static ChildNewsbot start(String name, Path data, Map<String, String> env, String... args) throws IOException {
    return startIn(null, name, data, env, args);
  }

  /** As {@link #start}, in the working directory {@code cwd} (null: the test's own). */
  static ChildNewsbot startIn(Path cwd, String name, Path data, Map<String, String> env, String... args)
      throws IOException {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED",
        // a build of this module alone puts bot-core's test classes on the class path, with a second
        // logback-test.xml; logback would say so on standard output, where the console chat talks
        "-Dlogback.statusListenerClass=ch.qos.logback.core.status.NopStatusListener",
        "-cp", classpath, Main.class.getName(), "--data", data.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    if (cwd != null) {
      builder.directory(cwd.toFile());
    }
    builder.environment().keySet().removeIf(key ->
        key.startsWith("NEWSBOT_") || key.startsWith("TELEGRAM_") || key.startsWith("DISCORD_"));
    builder.environment().putAll(env);
    return new ChildNewsbot(name, builder.start());
  }

  private static Thread pump(InputStream stream, Consumer<String> lines, String threadName) {
    Thread thread = new Thread(() -> {
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          lines.accept(line);
        }
      } catch (IOException e) {
        // the process ended
      }
    }, threadName);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** Waits for the console chat's greeting: the instance has opened, caught up and is polling. */
  ChildNewsbot awaitChat() throws InterruptedException {
    String first = next(TimeUnit.SECONDS.toNanos(90));
    if (!first.startsWith(BANNER)) {
      throw new AssertionError(name + " greeted with '" + first + "'; stderr:\n" + String.join("\n", err));
    }
    return this;
  }

  /** The port of the instance's /health and /metrics, from what it printed at start. */
  int httpPort() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      for (String line : err) {
        Matcher matcher = HTTP.matcher(line);
        if (matcher.find()) {
          return Integer.parseInt(matcher.group(1));
        }
      }
      requireAlive();
      Thread.sleep(20);
    }
    throw new AssertionError(name + " never said where /health is; stderr:\n" + String.join("\n", err));
  }

  /** Waits until the instance writes a line containing {@code text} to standard error. */
  ChildNewsbot awaitError(String text) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (err.stream().noneMatch(line -> line.contains(text))) {
      requireAlive();
      if (System.nanoTime() > deadline) {
        throw new AssertionError(name + " never said '" + text + "'; stderr:\n" + String.join("\n", err));
      }
      Thread.sleep(20);
    }
    return this;
  }

  /** Asks in the console chat and returns the reply. */
  String ask(String question) throws IOException, InterruptedException {
    // an unknown command after the question marks where its reply ends
    String marker = "/end_of_reply_" + (++markers);
    input.write(question + "\n" + marker + "\n");
    input.flush();
    StringBuilder reply = new StringBuilder();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      String line = next(deadline - System.nanoTime());
      if (line.contains("Unknown command " + marker)) {
        return reply.toString().strip();
      }
      reply.append(line).append('\n');
    }
  }

  private String next(long nanos) throws InterruptedException {
    long deadline = System.nanoTime() + nanos;
    while (true) {
      String line = out.poll(100, TimeUnit.MILLISECONDS);
      if (line != null) {
        return line;
      }
      requireAlive();
      if (System.nanoTime() > deadline) {
        throw new AssertionError(name + " said nothing in time; stderr:\n" + String.join("\n", err));
      }
    }
  }

  private void requireAlive() {
    if (!process.isAlive() && out.isEmpty()) {
      throw new AssertionError(name + " exited with " + process.exitValue() + "; stderr:\n" + String.join("\n", err));
    }
  }

  /** Waits for a command line to end; returns its exit code. */
  int awaitExit(long seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      throw new AssertionError(name + " still runs after " + seconds + " s; stderr:\n" + String.join("\n", err));
    }
    for (Thread pump : pumps) {
      pump.join(5000); // until they have read what was left in the pipes
    }
    return process.exitValue();
  }

  /** Standard output so far (lines not yet taken by the chat methods). */
  List<String> output() {
    return List.copyOf(out);
  }

  boolean alive() {
    return process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  /** SIGKILL, as a crash or the OOM killer would; waits until the process is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(20, TimeUnit.SECONDS);
  }

  /** What the instance wrote to standard error so far (warnings, where it listens). */
  List<String> errors() {
    return List.copyOf(err);
  }

  /** Ends the chat with /quit and waits for the process to exit; returns its exit code. */
  int quit() throws InterruptedException {
    try {
      input.write("/quit\n");
      input.flush();
    } catch (IOException e) {
      // already gone
    }
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError(name + " did not stop after /quit");
    }
    return process.exitValue();
  }

  /** Asks the process to stop as a service manager would (SIGTERM); true when it ended in time. */
  boolean stop() throws InterruptedException {
    process.destroy();
    return process.waitFor(40, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try {
      input.close();
    } catch (IOException e) {
      // the pipe of a process that is gone
    }
  }
}
