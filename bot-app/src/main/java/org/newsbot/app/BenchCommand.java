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

/** Measures import, embedding and answer speed in this JVM on data of its own, in a temporary folder. */
@Command(name = "bench", description = {"Measure, in this JVM and in a temporary data folder: import rate"
    + " (keyword-searchable), embedding catch-up rate, 'ask' latency with and without semantic search beside a"
    + " bare BM25 query, and peak heap; on the Reuters corpus and on a large set made from every corpus.",
    "Prints a table; see the README's 'Benchmark' section. The full run takes 9-12 minutes on 2 cores."})
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--corpus-dir", paramLabel = "DIR", defaultValue = "../shared/corpus",
      description = "folder with reuters21578.jsonl and the other .jsonl corpora (default: ${DEFAULT-VALUE})")
  Path corpusDir;

  @Option(names = "--articles", defaultValue = "100000",
      description = "size of the set made from every corpus (default: ${DEFAULT-VALUE})")
  int articles;

  @Option(names = "--questions", defaultValue = "300",
      description = "questions timed per mode and set (default: ${DEFAULT-VALUE})")
  int questions;

  @Option(names = "--warmup", defaultValue = "100",
      description = "questions asked first, untimed, in each mode (default: ${DEFAULT-VALUE})")
  int warmUp;

  @Option(names = "--embed-sample", defaultValue = "2000",
      description = "articles whose embeddings are computed and timed, from the start of each set"
          + " (default: ${DEFAULT-VALUE})")
  int embedSample;

  @Option(names = "--skip-100k", description = "measure the Reuters corpus only (a quick run)")
  boolean skipLargeSet;

  @Option(names = "--keep", description = "keep the temporary data folder and print where it is")
  boolean keep;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(corpusDir)) {
      throw new IllegalArgumentException("no corpus folder " + corpusDir.toAbsolutePath().normalize()
          + "; set --corpus-dir");
    }
    Path work = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "newsbot-bench-");
    // the bench's own data folders hold its log, not the working folder
    System.setProperty("newsbot.logdir", work.resolve("logs").toString());
    System.err.println("bench: working in " + work);
    try {
      BenchReport report = Bench.run(new BenchOptions(corpusDir, articles, questions, warmUp, embedSample,
          skipLargeSet, work, System.err));
      System.out.print(report.render());
      System.out.flush();
      return 0;
    } finally {
      if (keep) {
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
