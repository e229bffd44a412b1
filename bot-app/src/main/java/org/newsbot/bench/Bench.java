package org.newsbot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.newsbot.Newsbot;
import org.newsbot.NewsbotSettings;
import org.newsbot.answer.Answer;
import org.newsbot.ingest.ImportReport;

/**
 * Measures newsbot in this JVM on two article sets, the Reuters corpus and a large mix of every
 * corpus: how fast imports become searchable by keyword, how fast embeddings catch up, and how
 * long a question takes to answer with and without semantic search, beside a bare BM25 query on
 * the same index; with the heap each step needed.
 */
public final class Bench {
  private static final long QUESTION_SEED = 20_240_322L;
  private static final long WARM_UP_SEED = 7L;

  private final BenchOptions options;

  private Bench(BenchOptions options) {
    this.options = options;
  }

  public static BenchReport run(BenchOptions options) throws IOException {
    return new Bench(options).run();
  }

  private BenchReport run() throws IOException {
    Path reuters = options.corpusDir().resolve(BenchOptions.REUTERS_FILE);
    if (!Files.isRegularFile(reuters)) {
      throw new IllegalArgumentException("no " + BenchOptions.REUTERS_FILE + " in " + options.corpusDir()
          + "; point --corpus-dir at the folder that holds it");
    }
    List<Path> corpora = corpusFiles();
    BenchReport.Machine before = BenchReport.Machine.now();
    List<BenchReport.DataSet> sets = new java.util.ArrayList<>();
    try (HeapWatch heap = new HeapWatch()) {
      Path input = Files.createDirectories(options.workDir().resolve("input"));

      Path reutersFirst = input.resolve("reuters-first.jsonl");
      Path reutersRest = input.resolve("reuters-rest.jsonl");
      CorpusFiles.Split split = CorpusFiles.split(reuters, options.embedSample(), reutersFirst, reutersRest);
      sets.add(measure("Reuters-21578", List.of(reuters.getFileName().toString()), split.lines(), reutersFirst,
          reutersRest, "reuters", heap));

      if (!options.skipLargeSet()) {
        Path mixFirst = input.resolve("mixed-first.jsonl");
        Path mixRest = input.resolve("mixed-rest.jsonl");
        say("writing a set of %,d articles from %s", options.articles(), names(corpora));
        int written = MixedCorpus.write(corpora, options.articles(), options.embedSample(), mixFirst, mixRest);
        sets.add(measure(String.format("mixed %,d", written),
            corpora.stream().map(file -> file.getFileName().toString()).toList(), written, mixFirst, mixRest,
            "mixed", heap));
      }
      return new BenchReport(before, BenchReport.Machine.now(), heap.overall(), options, sets);
    }
  }

  private List<Path> corpusFiles() throws IOException {
    try (Stream<Path> files = Files.list(options.corpusDir())) {
      return files.filter(file -> file.getFileName().toString().endsWith(".jsonl") && Files.isRegularFile(file))
          .sorted()
          .toList();
    }
  }

  private static String names(List<Path> files) {
    return String.join(" + ", files.stream().map(file -> file.getFileName().toString().replace(".jsonl", "")).toList());
  }

  /** Imports the two parts (embedding the first in between), then times questions on the result. */
  private BenchReport.DataSet measure(String name, List<String> from, int lines, Path first, Path rest, String folder,
      HeapWatch heap) throws IOException {
    Path data = options.workDir().resolve(folder);
    heap.read();
    BenchReport.Import imported;
    BenchReport.Embedding embedding;
    try (Newsbot newsbot = open(data, true)) {
      say("%s: importing the first %,d articles", name, options.embedSample());
      Timed<ImportReport> head = time(() -> newsbot.importPaths(List.of(first)));
      HeapWatch.Peak headHeap = heap.read();

      say("%s: embedding them", name);
      int waiting = newsbot.pendingEmbeddings();
      Timed<Integer> embedded = time(() -> newsbot.embedPending(done -> { }));
      embedding = new BenchReport.Embedding(waiting, embedded.value(), embedded.seconds(), embedded.cpuSeconds(),
          heap.read());

      say("%s: importing the rest", name);
      Timed<ImportReport> tail = time(() -> newsbot.importPaths(List.of(rest)));
      HeapWatch.Peak tailHeap = heap.read();
      imported = new BenchReport.Import(lines,
          head.value().added() + tail.value().added(),
          head.value().problems().size() + tail.value().problems().size(),
          head.seconds() + tail.seconds(),
          head.cpuSeconds() + tail.cpuSeconds(),
          new HeapWatch.Peak(Math.max(headHeap.usedBytes(), tailHeap.usedBytes()),
              Math.max(headHeap.afterGcBytes(), tailHeap.afterGcBytes())),
          newsbot.pendingEmbeddings());
    }

    say("%s: making %,d questions (and %,d to warm up)", name, options.questions(), options.warmUp());
    List<ArticleSample.Article> sample = ArticleSample.of(List.of(first, rest),
        Math.max(50, options.questions() + options.warmUp()), QUESTION_SEED);
    List<String> questions = Questions.make(sample, options.questions(), QUESTION_SEED);
    List<String> warmUp = Questions.make(sample, options.warmUp(), WARM_UP_SEED);
    heap.read();

    say("%s: asking, keywords only", name);
    BenchReport.Asking keywords = ask(data, false, warmUp, questions, heap);
    say("%s: asking, with semantic search", name);
    BenchReport.Asking semantic = ask(data, true, warmUp, questions, heap);
    say("%s: bare BM25 queries", name);
    Bm25Floor.Result floor = Bm25Floor.measure(data.resolve("index"), warmUp, questions);
    HeapWatch.Peak floorHeap = heap.read();

    long indexBytes = size(data.resolve("index"));
    return new BenchReport.DataSet(name, from, imported, embedding, keywords, semantic,
        new BenchReport.Floor(floor.latency(), floor.withHits(), floorHeap), indexBytes, size(data) - indexBytes,
        questions.subList(0, Math.min(8, questions.size())));
  }

  private BenchReport.Asking ask(Path data, boolean semantic, List<String> warmUp, List<String> questions,
      HeapWatch heap) {
    try (Newsbot newsbot = open(data, semantic)) {
      for (String question : warmUp) {
        newsbot.ask(question);
      }
      long[] nanos = new long[questions.size()];
      int answered = 0;
      long cpu = cpuNanos();
      long begun = System.nanoTime();
      for (int i = 0; i < questions.size(); i++) {
        long started = System.nanoTime();
        Answer answer = newsbot.ask(questions.get(i));
        nanos[i] = System.nanoTime() - started;
        if (answer.answered()) {
          answered++;
        }
      }
      double wall = (System.nanoTime() - begun) / 1e9;
      return new BenchReport.Asking(new Latency(nanos), answered, wall, (cpuNanos() - cpu) / 1e9, heap.read());
    }
  }

  private static Newsbot open(Path data, boolean semantic) {
    return Newsbot.open(new NewsbotSettings(data, null, null, null, semantic));
  }

  private void say(String format, Object... args) {
    options.progress().printf("bench: " + format + "%n", args);
    options.progress().flush();
  }

  private record Timed<T>(T value, double seconds, double cpuSeconds) {}

  private static <T> Timed<T> time(java.util.function.Supplier<T> work) {
    long cpu = cpuNanos();
    long started = System.nanoTime();
    T value = work.get();
    return new Timed<>(value, (System.nanoTime() - started) / 1e9, (cpuNanos() - cpu) / 1e9);
  }

  /** CPU time of this whole process: beside wall time it shows how much of the machine the bench had. */
  private static long cpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  static long size(Path folder) {
    if (!Files.exists(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(Bench::fileSize).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long fileSize(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // a file removed while counting, such as a lock
    }
  }
}
