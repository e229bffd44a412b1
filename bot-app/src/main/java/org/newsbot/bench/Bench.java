package org.newsbot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsbot.Newsbot;
import org.newsbot.NewsbotSettings;
import org.newsbot.answer.Answer;
import org.newsbot.ingest.ImportReport;

/**
 * Measures newsbot in this JVM on two article sets, the Reuters corpus and a large mix of every
 * corpus: how fast imports become searchable by keyword, how long embedding every passage of
 * every article takes, and how long the questions of the project's question sets take to answer
 * with and without semantic search, beside a bare BM25 query on the same index; with the heap each
 * step needed. A set built in a kept work folder is reused by later runs.
 */
public final class Bench {
  private static final long QUESTION_SEED = 20_240_322L;
  private static final long WARM_UP_SEED = 7L;
  /** How often a long embedding reports progress and records it in the set's marker. */
  private static final long PROGRESS_NANOS = 30_000_000_000L;

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
    List<QuestionSets.Question> all = QuestionSets.read(options.questionSets());
    List<QuestionSets.Question> questions = QuestionSets.draw(all,
        options.questions() == 0 ? all.size() : options.questions(), QUESTION_SEED);
    List<QuestionSets.Question> warmUp = QuestionSets.draw(all, options.warmUp(), WARM_UP_SEED);
    say("%,d questions from %s; timing %,d after %,d to warm up", all.size(), options.questionSets(),
        questions.size(), warmUp.size());
    List<Path> corpora = corpusFiles();
    BenchReport.Machine before = BenchReport.Machine.now();
    List<BenchReport.DataSet> sets = new ArrayList<>();
    try (HeapWatch heap = new HeapWatch()) {
      sets.add(measure(new SetPlan("Reuters-21578", "reuters", List.of(reuters.getFileName().toString()),
          reuters.getFileName() + " (" + Files.size(reuters) + " bytes)", input -> reuters), warmUp, questions, heap));
      if (!options.skipLargeSet()) {
        String name = String.format("mixed %,d", options.articles());
        sets.add(measure(new SetPlan(name, "mixed", corpora.stream().map(file -> file.getFileName().toString()).toList(),
            options.articles() + " articles made from " + names(corpora), input -> {
              Path file = input.resolve("mixed.jsonl");
              say("%s: writing it from %s", name, names(corpora));
              int written = MixedCorpus.write(corpora, options.articles(), file);
              if (written != options.articles()) {
                throw new IllegalStateException("wrote " + written + " articles, not " + options.articles());
              }
              return file;
            }), warmUp, questions, heap));
      }
      return new BenchReport(before, BenchReport.Machine.now(), heap.overall(), options,
          new BenchReport.Asked(all.size(), questions.size(), warmUp.size(), countBySet(all), countBySet(questions),
              questions.stream().limit(8).map(QuestionSets.Question::text).toList()),
          sets);
    }
  }

  /** An article set: its name, its folder in the work folder, what it is made from, and how to write its input. */
  private record SetPlan(String name, String folder, List<String> from, String source, InputWriter input) {}

  @FunctionalInterface
  private interface InputWriter {
    /** The file to import, written into {@code folder} when it must be made. */
    Path write(Path folder) throws IOException;
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

  private static Map<String, Integer> countBySet(List<QuestionSets.Question> questions) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    questions.stream().map(QuestionSets.Question::set).sorted().forEach(set -> counts.merge(set, 1, Integer::sum));
    return counts;
  }

  /** Builds the set (or reuses a kept build), then times the questions on it. */
  private BenchReport.DataSet measure(SetPlan plan, List<QuestionSets.Question> warmUp,
      List<QuestionSets.Question> questions, HeapWatch heap) throws IOException {
    Path data = options.workDir().resolve(plan.folder());
    heap.read();
    Built built = build(plan, data, heap);

    say("%s: asking, keywords only", plan.name());
    BenchReport.Asking keywords = ask(data, false, warmUp, questions, heap);
    say("%s: asking, with semantic search", plan.name());
    BenchReport.Asking semantic = ask(data, true, warmUp, questions, heap);
    say("%s: bare BM25 queries", plan.name());
    Bm25Floor.Result floor = Bm25Floor.measure(data.resolve("index"), texts(warmUp), texts(questions));
    HeapWatch.Peak floorHeap = heap.read();

    // a long run's figures of each set as soon as they are known, before the table at the end
    say("%s: ask p50 / p99: keywords only %.1f / %.1f ms, with semantic search %.1f / %.1f ms; bare BM25 %.1f / %.1f ms",
        plan.name(), keywords.latency().percentileMillis(50), keywords.latency().percentileMillis(99),
        semantic.latency().percentileMillis(50), semantic.latency().percentileMillis(99),
        floor.latency().percentileMillis(50), floor.latency().percentileMillis(99));
    long indexBytes = size(data.resolve("index"));
    return new BenchReport.DataSet(plan.name(), plan.from(), built.provenance(), built.set().imported(),
        built.set().embedding(), keywords, semantic, new BenchReport.Floor(floor.latency(), floor.withHits(), floorHeap),
        indexBytes, size(data) - indexBytes);
  }

  private record Built(BuiltSet set, BenchReport.Provenance provenance) {}

  private Built build(SetPlan plan, Path data, HeapWatch heap) throws IOException {
    BuiltSet kept = BuiltSet.read(data);
    if (kept != null && !kept.source().equals(plan.source())) {
      throw new IllegalArgumentException(data + " holds a set built from " + kept.source() + ", and this run"
          + " asks for " + plan.source() + ": choose another --work-dir, or delete " + data);
    }
    if (kept != null && kept.complete()) {
      say("%s: reusing the set built in %s on %s", plan.name(), data, kept.builtOn());
      return new Built(kept, new BenchReport.Provenance(true, false, kept.builtOn(), data.toString()));
    }
    BuiltSet started;
    boolean resumed = kept != null;
    if (resumed) {
      say("%s: the import in %s is done; embedding resumes", plan.name(), data);
      started = kept;
    } else {
      if (Files.exists(data)) {
        say("%s: %s holds no finished build; building it again", plan.name(), data);
        delete(data);
      }
      started = importSet(plan, data, heap);
    }
    BuiltSet done = embed(plan, data, started, heap);
    return new Built(done, new BenchReport.Provenance(false, resumed, done.builtOn(), data.toString()));
  }

  private BuiltSet importSet(SetPlan plan, Path data, HeapWatch heap) throws IOException {
    Path file = plan.input().write(Files.createDirectories(options.workDir().resolve("input")));
    int lines = countLines(file);
    heap.read();
    try (Newsbot newsbot = open(data, true)) {
      say("%s: importing %,d lines", plan.name(), lines);
      Timed<ImportReport> imported = time(() -> newsbot.importPaths(List.of(file)));
      BenchReport.Import figures = new BenchReport.Import(lines, imported.value().added(),
          imported.value().problems().size(), imported.seconds(), imported.cpuSeconds(), heap.read(),
          newsbot.pendingEmbeddings());
      say("%s: %,d articles keyword-searchable in %.1f s (%,.1f articles/s)", plan.name(), figures.imported(),
          figures.seconds(), figures.rate());
      BuiltSet marker = new BuiltSet(plan.source(), figures, BenchReport.Embedding.none(figures.awaitingEmbeddings()),
          now(), false);
      marker.write(data);
      return marker;
    }
  }

  /** Embeds every passage of every article that waits, adding to what a stopped run already did. */
  private BuiltSet embed(SetPlan plan, Path data, BuiltSet started, HeapWatch heap) throws IOException {
    BenchReport.Embedding before = started.embedding();
    heap.read();
    long cpu = cpuNanos();
    long begun = System.nanoTime();
    int embedded;
    int remaining;
    try (Newsbot newsbot = open(data, true)) {
      int waiting = newsbot.pendingEmbeddings();
      say("%s: embedding every passage of %,d articles", plan.name(), waiting);
      long[] lastSaid = {begun};
      embedded = newsbot.embedPending(done -> {
        long at = System.nanoTime();
        if (at - lastSaid[0] < PROGRESS_NANOS) {
          return;
        }
        lastSaid[0] = at;
        double seconds = (at - begun) / 1e9;
        say("%s: embedded %,d of %,d articles in %.0f s (%,.1f articles/s)", plan.name(), done, waiting, seconds,
            done / seconds);
        try {
          new BuiltSet(started.source(), started.imported(), before.plus(done, seconds, (cpuNanos() - cpu) / 1e9,
              heap.peek(), waiting - done), started.builtOn(), false).write(data);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      remaining = newsbot.pendingEmbeddings();
    }
    double seconds = (System.nanoTime() - begun) / 1e9;
    double cpuSeconds = (cpuNanos() - cpu) / 1e9;
    HeapWatch.Peak peak = heap.read();
    int passages = EmbeddedPassages.count(data.resolve("index"));
    BenchReport.Embedding total = before.plus(embedded, seconds, cpuSeconds, peak, remaining).withPassages(passages);
    say("%s: embedded %,d articles (%,d passages) in %.1f s (%,.1f articles/s)", plan.name(), total.embedded(),
        passages, total.seconds(), total.rate());
    BuiltSet done = new BuiltSet(started.source(), started.imported(), total, now(), true);
    done.write(data);
    return done;
  }

  private static String now() {
    return OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static List<String> texts(List<QuestionSets.Question> questions) {
    return questions.stream().map(QuestionSets.Question::text).toList();
  }

  private BenchReport.Asking ask(Path data, boolean semantic, List<QuestionSets.Question> warmUp,
      List<QuestionSets.Question> questions, HeapWatch heap) {
    try (Newsbot newsbot = open(data, semantic)) {
      for (QuestionSets.Question question : warmUp) {
        newsbot.ask(question.text(), question.asOf());
      }
      long[] nanos = new long[questions.size()];
      Map<String, Integer> answered = new LinkedHashMap<>();
      long cpu = cpuNanos();
      long begun = System.nanoTime();
      for (int i = 0; i < questions.size(); i++) {
        QuestionSets.Question question = questions.get(i);
        long started = System.nanoTime();
        Answer answer = newsbot.ask(question.text(), question.asOf());
        nanos[i] = System.nanoTime() - started;
        answered.merge(question.set(), answer.answered() ? 1 : 0, Integer::sum);
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

  private static int countLines(Path file) throws IOException {
    try (var lines = Files.lines(file, java.nio.charset.StandardCharsets.UTF_8)) {
      return (int) lines.count();
    }
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

  /** Deletes a set's folder that an unfinished build left. */
  static void delete(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
