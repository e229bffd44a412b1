package org.newsbot.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs the command line in this JVM and captures what it prints. */
final class Cli {
  private Cli() {}

  record Result(int code, String out, String err) {
    String[] lines() {
      return out.isBlank() ? new String[0] : out.strip().split("\\R");
    }
  }

  static Result run(Map<String, String> env, String... args) {
    return runWithInput("", env, args);
  }

  /** Runs with {@code input} as standard input, for the console chat. */
  static Result runWithInput(String input, Map<String, String> env, String... args) {
    InputStream oldIn = System.in;
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    synchronized (Cli.class) {
      try {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code = Main.execute(env, args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
      } finally {
        System.setIn(oldIn);
        System.setOut(oldOut);
        System.setErr(oldErr);
      }
    }
  }

  static Result run(String... args) {
    return run(Map.of(), args);
  }

  /** The shared seed articles, from the folder the build names. */
  static Path seedArticles() {
    return Path.of(System.getProperty("newsbot.shared"), "corpus", "seed-articles");
  }
}
