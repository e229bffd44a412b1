package org.newsbot.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsbot.bench.Bench;
import org.newsbot.bench.BenchOptions;
import org.newsbot.bench.BenchReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Measures import, embedding and answer speed in this JVM on data of its own, in a work folder it may keep. */
@Command(name = "bench", description = {"Measure, in this JVM and in a data folder of its own: import rate"
    + " (keyword-searchable), the time to embed every passage of every article, 'ask' latency on the questions"
    + " of the question sets with and without semantic search beside a bare BM25 query, and peak heap; on the"
    + " Reuters corpus and on a large set made from every corpus.",
    "Prints a table; see the README's 'Benchmark' section. Building the 100k set takes an hour or more on 2"
        + " cores; with --work-dir a later run reuses it and only times the questions."})
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--corpus-dir", paramLabel = "DIR", defaultValue = "../shared/corpus",
      description = "folder with reuters21578.jsonl and the other .jsonl corpora (default: ${DEFAULT-VALUE})")
  Path corpusDir;

  @Option(names = "--question-sets", paramLabel = "DIR", defaultValue = "eval",
      description = "folder whose .jsonl question sets are asked: a \"question\" and optional \"as_of\" a line"
          + " (default: ${DEFAULT-VALUE})")
  Path questionSets;

  @Option(names = "--articles", defaultValue = "100000",
      description = "size of the set made from every corpus (default: ${DEFAULT-VALUE})")
  int articles;

  @Option(names = "--questions", defaultValue = "0",
      description = "questions timed per mode and set, drawn in turn from the sets (default: every question once)")
  int questions;

  @Option(names = "--warmup", defaultValue = "100",
      description = "questions asked first, untimed, in each mode (default: ${DEFAULT-VALUE})")
  int warmUp;

  @Option(names = "--skip-100k", description = "measure the Reuters corpus only (a quicker run)")
  boolean skipLargeSet;

  @Option(names = "--work-dir", paramLabel = "DIR",
      description = "folder to build the sets in and keep; a set a run built there completely is reused"
          + " (default: a temporary folder, deleted at the end)")
  Path workDir;

  @Option(names = "--keep", description = "keep the temporary data folder and print where it is")
  boolean keep;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(corpusDir)) {
      throw new IllegalArgumentException("no corpus folder " + corpusDir.toAbsolutePath().normalize()
          + "; set --corpus-dir");
    }
    boolean temporary = workDir == null;
    Path work = temporary
        ? Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "newsbot-bench-")
        : Files.createDirectories(workDir.toAbsolutePath().normalize());
    // the bench's own data folders hold its log, not the working folder
    System.setProperty("newsbot.logdir", work.resolve("logs").toString());
    System.err.println("bench: working in " + work);
    try {
      BenchReport report = Bench.run(new BenchOptions(corpusDir, questionSets, articles, questions, warmUp,
          skipLargeSet, work, System.err));
      System.out.print(report.render());
      System.out.flush();
      return 0;
    } finally {
      if (!temporary || keep) {
        System.err.println("bench: kept the data in " + work);
      } else {
        delete(work);
      }
    }
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
