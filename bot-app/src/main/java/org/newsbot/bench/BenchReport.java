package org.newsbot.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The bench's figures, and their rendering as a table with one column per article set. */
public record BenchReport(Machine before, Machine after, HeapWatch.Peak overallHeap, BenchOptions options,
    Asked asked, List<DataSet> sets) {

  /** The machine and JVM, with its load, at one moment. */
  public record Machine(int cores, double loadAverage, String java, String collectors, long maxHeapBytes,
      String heapFlags, boolean vectorModule) {
    static Machine now() {
      var runtime = ManagementFactory.getRuntimeMXBean();
      String flags = String.join(" ", runtime.getInputArguments().stream()
          .filter(arg -> arg.startsWith("-Xmx") || arg.startsWith("-Xms") || arg.startsWith("-XX:MaxRAM"))
          .toList());
      return new Machine(Runtime.getRuntime().availableProcessors(),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Runtime.version().toString(),
          String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream()
              .map(GarbageCollectorMXBean::getName).toList()),
          Runtime.getRuntime().maxMemory(),
          flags.isEmpty() ? "no -Xmx: the JVM's default" : flags,
          ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent());
    }
  }

  /** Importing a set: articles in the input, imported, skipped, time, heap, and then awaiting embeddings. */
  public record Import(int inputArticles, int imported, int skipped, double seconds, double cpuSeconds,
      HeapWatch.Peak heap, int awaitingEmbeddings) {
    public double rate() {
      return imported / seconds;
    }
  }

  /**
   * Embedding every passage of the articles that waited after the import: how many waited, how
   * many were embedded, the passages the index then holds embedded, in how long (a resumed build
   * adds up its runs), and how many still wait.
   */
  public record Embedding(int waiting, int embedded, int passages, double seconds, double cpuSeconds,
      HeapWatch.Peak heap, int remaining) {
    static Embedding none(int waiting) {
      return new Embedding(waiting, 0, 0, 0, 0, new HeapWatch.Peak(0, 0), waiting);
    }

    /** These figures with a further run's added. */
    Embedding plus(int moreEmbedded, double moreSeconds, double moreCpuSeconds, HeapWatch.Peak moreHeap,
        int nowRemaining) {
      return new Embedding(waiting, embedded + moreEmbedded, passages, seconds + moreSeconds,
          cpuSeconds + moreCpuSeconds, new HeapWatch.Peak(Math.max(heap.usedBytes(), moreHeap.usedBytes()),
              Math.max(heap.afterGcBytes(), moreHeap.afterGcBytes())), nowRemaining);
    }

    Embedding withPassages(int embeddedPassages) {
      return new Embedding(waiting, embedded, embeddedPassages, seconds, cpuSeconds, heap, remaining);
    }

    public double rate() {
      return embedded == 0 ? 0 : embedded / seconds;
    }

    public double passageRate() {
      return passages == 0 ? 0 : passages / seconds;
    }
  }

  /** Timed questions in one mode: latency, answered (not declined) per question set, time in all, heap. */
  public record Asking(Latency latency, Map<String, Integer> answeredBySet, double seconds, double cpuSeconds,
      HeapWatch.Peak heap) {
    public int answered() {
      return answeredBySet.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** Timed bare BM25 queries, and how many found any sentence. */
  public record Floor(Latency latency, int withHits, HeapWatch.Peak heap) {}

  /**
   * Where a set's import and embedding figures come from: this run, or a kept work folder's
   * earlier build (with its date); {@code resumed} when this run finished an embedding a stopped
   * run began.
   */
  public record Provenance(boolean kept, boolean resumed, String builtOn, String folder) {}

  /** The questions: how many the sets hold, how many were timed and warmed up with, per set, the first few. */
  public record Asked(int available, int timed, int warmUp, Map<String, Integer> availableBySet,
      Map<String, Integer> timedBySet, List<String> firstQuestions) {}

  /** Everything measured on one article set. */
  public record DataSet(String name, List<String> input, Provenance provenance, Import imported,
      Embedding embedding, Asking keywords, Asking semantic, Floor floor, long indexBytes, long databaseBytes) {}

  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "newsbot bench: %d cores; load average %.2f at start, %.2f at end%n",
        before.cores(), before.loadAverage(), after.loadAverage()));
    out.append(String.format(Locale.ROOT, "Java %s (%s)%nmax heap %,d MB (%s); Lucene's vector API %s%n",
        before.java(), before.collectors(), before.maxHeapBytes() >> 20, before.heapFlags(),
        before.vectorModule() ? "on" : "off (no --add-modules jdk.incubator.vector)"));
    out.append(String.format(Locale.ROOT, "each mode: %,d questions timed after %,d to warm up, drawn from the %,d"
        + " questions of the sets in %s: %s%n%n", asked.timed(), asked.warmUp(), asked.available(),
        options.questionSets(), describeSets(asked.availableBySet())));

    List<String[]> rows = new ArrayList<>();
    row(rows, "article set", DataSet::name);
    row(rows, "made from", s -> s.input().size() == 1 ? s.input().getFirst() : s.input().size() + " corpora, repeated");
    row(rows, "built", s -> s.provenance().kept() ? "kept folder, " + day(s.provenance().builtOn())
        : s.provenance().resumed() ? "this run (resumed)" : "this run");
    row(rows, "articles in the input", s -> count(s.imported().inputArticles()));
    row(rows, "imported (keyword-searchable)", s -> count(s.imported().imported()));
    row(rows, "skipped (no body or malformed)", s -> count(s.imported().skipped()));
    row(rows, "import time", s -> seconds(s.imported().seconds()));
    row(rows, "IMPORT RATE, keyword-searchable", s -> rate(s.imported().rate(), "articles"));
    row(rows, "  process CPU during import", s -> cpu(s.imported().cpuSeconds(), s.imported().seconds()));
    row(rows, "embedded articles, all passages", s -> count(s.embedding().embedded()) + " of "
        + count(s.embedding().waiting()));
    row(rows, "embedded passages", s -> count(s.embedding().passages()));
    row(rows, "EMBEDDING TIME (incl. model load)", s -> duration(s.embedding().seconds()));
    row(rows, "EMBEDDING RATE", s -> rate(s.embedding().rate(), "articles"));
    row(rows, "  passages", s -> rate(s.embedding().passageRate(), "passages"));
    row(rows, "  process CPU during embedding", s -> cpu(s.embedding().cpuSeconds(), s.embedding().seconds()));
    row(rows, "still awaiting embeddings", s -> count(s.embedding().remaining()));
    rows.add(null);
    row(rows, "ASK, keywords only  p50/p90/p99", s -> percentiles(s.keywords().latency()));
    row(rows, "                    mean / max", s -> meanMax(s.keywords().latency()));
    row(rows, "ASK, with semantic  p50/p90/p99", s -> percentiles(s.semantic().latency()));
    row(rows, "                    mean / max", s -> meanMax(s.semantic().latency()));
    row(rows, "BARE BM25 top 10    p50/p90/p99", s -> percentiles(s.floor().latency()));
    row(rows, "                    mean / max", s -> meanMax(s.floor().latency()));
    row(rows, "process CPU asking: keywords", s -> cpu(s.keywords().cpuSeconds(), s.keywords().seconds()));
    row(rows, "                    semantic", s -> cpu(s.semantic().cpuSeconds(), s.semantic().seconds()));
    // on a shared machine wall times wait for a core; the process CPU per question does not
    row(rows, "process CPU per question: kw / sem", s -> String.format(Locale.ROOT, "%.1f / %.1f ms",
        perQuestion(s.keywords()), perQuestion(s.semantic())));
    row(rows, "answered: keywords / semantic", s -> s.keywords().answered() + " / " + s.semantic().answered()
        + " of " + s.keywords().latency().count());
    for (Map.Entry<String, Integer> set : asked.timedBySet().entrySet()) {
      row(rows, "  " + set.getKey(), s -> s.keywords().answeredBySet().getOrDefault(set.getKey(), 0) + " / "
          + s.semantic().answeredBySet().getOrDefault(set.getKey(), 0) + " of " + set.getValue());
    }
    row(rows, "BM25 queries with a hit", s -> s.floor().withHits() + " of " + s.floor().latency().count());
    rows.add(null);
    row(rows, "index / database on disk", s -> megabytes(s.indexBytes()) + " / " + megabytes(s.databaseBytes()));
    row(rows, "PEAK HEAP used / after GC: import", s -> heap(s.imported().heap()));
    row(rows, "                         embedding", s -> heap(s.embedding().heap()));
    row(rows, "                     ask, keywords", s -> heap(s.keywords().heap()));
    row(rows, "                     ask, semantic", s -> heap(s.semantic().heap()));
    row(rows, "                         bare BM25", s -> heap(s.floor().heap()));
    table(out, rows);

    out.append(String.format(Locale.ROOT, "%nwhole run: peak heap used %s, peak after GC %s, max heap %,d MB%n",
        megabytes(overallHeap.usedBytes()), afterGc(overallHeap), before.maxHeapBytes() >> 20));
    out.append("latencies in ms, one question at a time; \"used\" includes garbage not yet collected,"
        + " \"after GC\" is the highest heap left by a collection (\"-\": none ran)\n");
    for (DataSet set : sets) {
      if (set.provenance().kept()) {
        out.append(String.format(Locale.ROOT, "%s: import and embedding figures (and their heap) from the kept folder"
            + " %s, built on %s%n", set.name(), set.provenance().folder(), set.provenance().builtOn()));
      } else if (set.provenance().resumed()) {
        out.append(String.format(Locale.ROOT, "%s: embedding resumed in %s; its time adds up the runs%n", set.name(),
            set.provenance().folder()));
      }
    }
    for (DataSet set : sets) {
      if (set.input().size() > 1) {
        out.append(String.format(Locale.ROOT, "%s is made from %s: copies with their own ids, titles, dates and"
            + " some figures%n", set.name(), String.join(", ", set.input())));
      }
    }
    out.append(String.format(Locale.ROOT, "%nthe first questions timed:%n"));
    asked.firstQuestions().forEach(q -> out.append("  ").append(q).append('\n'));
    return out.toString();
  }

  private static double perQuestion(Asking asking) {
    return asking.latency().count() == 0 ? 0 : 1000 * asking.cpuSeconds() / asking.latency().count();
  }

  private static String describeSets(Map<String, Integer> bySet) {
    List<String> parts = new ArrayList<>();
    bySet.forEach((set, n) -> parts.add(set + " (" + n + ")"));
    return String.join(", ", parts);
  }

  private static String day(String builtOn) {
    return builtOn.length() >= 10 ? builtOn.substring(0, 10) : builtOn;
  }

  private void row(List<String[]> rows, String label, Function<DataSet, String> value) {
    String[] row = new String[sets.size() + 1];
    row[0] = label;
    for (int i = 0; i < sets.size(); i++) {
      row[i + 1] = value.apply(sets.get(i));
    }
    rows.add(row);
  }

  private void table(StringBuilder out, List<String[]> rows) {
    int[] widths = new int[sets.size() + 1];
    for (String[] row : rows) {
      for (int i = 0; row != null && i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      if (row == null) {
        out.append('\n');
        continue;
      }
      StringBuilder line = new StringBuilder(String.format("%-" + widths[0] + "s", row[0]));
      for (int i = 1; i < row.length; i++) {
        line.append("   ").append(String.format("%" + widths[i] + "s", row[i]));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private static String count(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String seconds(double s) {
    return String.format(Locale.ROOT, "%.1f s", s);
  }

  private static String rate(double perSecond, String what) {
    return String.format(Locale.ROOT, "%,.1f %s/s", perSecond, what);
  }

  /** Seconds, and in minutes too when long. */
  private static String duration(double s) {
    return s < 120 ? seconds(s) : String.format(Locale.ROOT, "%.0f s (%.1f min)", s, s / 60);
  }

  private static String percentiles(Latency latency) {
    return String.format(Locale.ROOT, "%.1f / %.1f / %.1f ms", latency.percentileMillis(50),
        latency.percentileMillis(90), latency.percentileMillis(99));
  }

  private static String meanMax(Latency latency) {
    return String.format(Locale.ROOT, "%.1f / %.1f ms", latency.meanMillis(), latency.maxMillis());
  }

  /** CPU seconds, and their share of the wall time: 100% is one core busy all along. */
  private static String cpu(double cpuSeconds, double wallSeconds) {
    return String.format(Locale.ROOT, "%.1f s (%.0f%% of a core)", cpuSeconds,
        wallSeconds == 0 ? 0 : 100 * cpuSeconds / wallSeconds);
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%,d MB", Math.round(bytes / 1048576.0));
  }

  private static String heap(HeapWatch.Peak peak) {
    return megabytes(peak.usedBytes()) + " / " + afterGc(peak);
  }

  private static String afterGc(HeapWatch.Peak peak) {
    return peak.afterGcBytes() == 0 ? "-" : megabytes(peak.afterGcBytes());
  }
}
