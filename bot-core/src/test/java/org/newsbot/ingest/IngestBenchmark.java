package org.newsbot.ingest;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.newsbot.Newsbot;
import org.newsbot.NewsbotSettings;
import org.newsbot.article.Source;
import org.newsbot.ingest.poll.PollReport;
import org.newsbot.store.PollStateStore;
import org.newsbot.testing.Feeds;
import org.newsbot.testing.TestWeb;

/**
 * Measures web ingestion from a loopback server: articles per second from full-text feeds, and
 * from teaser feeds whose article pages are fetched and extracted; then the heap used while 1,000
 * sources are polled at once. Each phase has a fresh embedded database and index; "stored" means
 * fetched, parsed, extracted, language-detected, saved, filed into stories and indexed.
 *
 * <p>Run from the project root:
 * <pre>
 * ./mvnw -q -pl bot-core test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -Xmx512m -cp bot-core/target/test-classes:bot-core/target/classes:$(cat bot-core/target/bench.cp) \
 *     org.newsbot.ingest.IngestBenchmark [FEEDS ITEMS CONCURRENT_SOURCES]
 * </pre>
 * The defaults are 20 feeds of 50 items per throughput phase and 1,000 concurrent sources. The
 * loopback server runs in the same JVM, so its share is in the heap figures too.
 */
public final class IngestBenchmark {
  private IngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    int feeds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int items = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int concurrent = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    System.out.printf("newsbot ingest benchmark: %d cores, max heap %d MB, Java %s%n",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, Runtime.version());
    try (TestWeb web = new TestWeb(4096)) {
      if (feeds > 0) {
        // a small round first, so the measured ones run on compiled code with the model loaded
        teaserFeeds(web, "warm", 2, 20, false);
        fullTextFeeds(web, "full", feeds, items, true);
        teaserFeeds(web, "teaser", feeds, items, true);
      }
      if (concurrent > 0) {
        concurrentSources(web, concurrent, 5);
      }
    }
  }

  private static SourceSettings settings(int concurrentPolls) {
    return SourceSettings.defaults().withAllowPrivateAddresses(true)
        .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60))
        .withConcurrency(2, concurrentPolls);
  }

  private static void fullTextFeeds(TestWeb web, String prefix, int feeds, int items, boolean print) throws Exception {
    List<String> urls = new ArrayList<>();
    for (int f = 0; f < feeds; f++) {
      String host = prefix + f + ".test";
      List<Feeds.Item> list = new ArrayList<>();
      for (int i = 0; i < items; i++) {
        list.add(new Feeds.Item("full-" + f + "-" + i, web.url(host, "/full/" + f + "/" + i), "Full story " + f + "." + i,
            "Reporter " + i, Instant.parse("2024-04-01T00:00:00Z").plusSeconds(i * 60L),
            Feeds.html(Feeds.paragraphs(f * 1000L + i, 6))));
      }
      web.serve("/full-" + f + ".rss", "application/rss+xml", Feeds.rss2("Full " + f, web.url("/"), list));
      urls.add(web.url(host, "/full-" + f + ".rss"));
    }
    measure("full-text feeds (" + feeds + " feeds x " + items + " items, text in the feed)", urls, settings(32), print);
  }

  private static void teaserFeeds(TestWeb web, String prefix, int feeds, int items, boolean print) throws Exception {
    List<String> urls = new ArrayList<>();
    for (int f = 0; f < feeds; f++) {
      String host = prefix + f + ".test";
      List<Feeds.Item> list = new ArrayList<>();
      for (int i = 0; i < items; i++) {
        List<String> paragraphs = Feeds.paragraphs(500_000L + f * 1000L + i, 6);
        String path = "/" + prefix + "-story/" + f + "/" + i;
        web.serve(path, "text/html; charset=utf-8", Feeds.articlePage("Teased story " + f + "." + i, "Page Reporter",
            Instant.parse("2024-04-02T00:00:00Z"), paragraphs, web.url(host, path), "/" + prefix + "-" + f + ".rss"));
        list.add(new Feeds.Item("teaser-" + f + "-" + i, web.url(host, path) + "?utm_source=rss", "Teased story " + f + "." + i,
            null, null, paragraphs.getFirst().substring(0, 100) + "…"));
      }
      web.serve("/" + prefix + "-" + f + ".rss", "application/rss+xml", Feeds.rss2("Teaser " + f, web.url("/"), list));
      urls.add(web.url(host, "/" + prefix + "-" + f + ".rss"));
    }
    measure("teaser feeds with article pages (" + feeds + " feeds x " + items
        + " items, each page fetched and extracted)", urls, settings(32), print);
  }

  private static void measure(String what, List<String> urls, SourceSettings settings, boolean print) throws Exception {
    Path dir = Files.createTempDirectory("newsbot-bench");
    try (Newsbot newsbot = Newsbot.open(NewsbotSettings.embedded(dir), settings)) {
      for (String url : urls) {
        newsbot.webSources().add(url, null, "benchmark");
      }
      // warm up the language model and the parsers outside the measurement
      Languages.detect("The council approved the budget on Tuesday, officials said in a statement.");
      long cpuBefore = cpuNanos();
      long started = System.nanoTime();
      List<PollReport> reports = newsbot.webSources().poll(List.of());
      double seconds = (System.nanoTime() - started) / 1e9;
      double cpu = (cpuNanos() - cpuBefore) / 1e9;
      int added = reports.stream().mapToInt(PollReport::added).sum();
      int pages = reports.stream().mapToInt(PollReport::pagesFetched).sum();
      long failed = reports.stream().filter(r -> !r.ok()).count();
      if (print) {
        System.out.printf("%s:%n  %d articles stored in %.2f s = %.0f articles/s (%d pages fetched, %d failed polls);"
                + " %.1f s of CPU = %.0f articles per CPU-second%n",
            what, added, seconds, added / seconds, pages, failed, cpu, added / cpu);
      }
    } finally {
      delete(dir);
    }
  }

  private static void concurrentSources(TestWeb web, int sources, int items) throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    for (int s = 0; s < sources; s++) {
      List<Feeds.Item> list = new ArrayList<>();
      String host = "src" + s + ".test";
      for (int i = 0; i < items; i++) {
        list.add(new Feeds.Item("c-" + s + "-" + i, web.url(host, "/c/" + s + "/" + i), "Concurrent story " + s + "." + i,
            null, null, Feeds.html(Feeds.paragraphs(900_000L + s * 100L + i, 5))));
      }
      byte[] body = Feeds.rss2("Source " + s, web.url("/"), list).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      // each response waits a moment, so all sources are in flight together
      web.route("/c-" + s + ".rss", exchange -> {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
          Thread.sleep(1000);
          TestWeb.send(exchange, 200, "application/rss+xml", body);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          inFlight.decrementAndGet();
        }
      });
    }
    Path dir = Files.createTempDirectory("newsbot-bench");
    try (Newsbot newsbot = Newsbot.open(NewsbotSettings.embedded(dir), settings(sources))) {
      PollStateStore states = new PollStateStore(newsbot.database());
      for (int s = 0; s < sources; s++) {
        Source source = newsbot.sources().ensure(Source.Kind.FEED, web.url("src" + s + ".test", "/c-" + s + ".rss"),
            "Source " + s, "benchmark");
        states.start(source.id(), Instant.now());
      }
      Languages.detect("The council approved the budget on Tuesday, officials said in a statement.");
      System.gc();
      long baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      AtomicLong peakUsed = new AtomicLong();
      List<Runnable> stop = watchHeap(peakUsed);
      int threadsBefore = Thread.activeCount();
      AtomicInteger peakPlatformThreads = new AtomicInteger(threadsBefore);
      Thread sampler = Thread.ofPlatform().daemon().start(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
          peakPlatformThreads.accumulateAndGet(ManagementFactory.getThreadMXBean().getThreadCount(), Math::max);
          try {
            Thread.sleep(10);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      // a full collection every 2 s measures what the polls really hold, garbage aside
      AtomicLong peakLive = new AtomicLong();
      Thread liveSampler = Thread.ofPlatform().daemon().start(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          try {
            Thread.sleep(2000);
          } catch (InterruptedException e) {
            return;
          }
          System.gc();
          peakLive.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        }
      });
      long cpuBefore = cpuNanos();
      long started = System.nanoTime();
      List<PollReport> reports = newsbot.webSources().poll(List.of());
      double seconds = (System.nanoTime() - started) / 1e9;
      double cpu = (cpuNanos() - cpuBefore) / 1e9;
      sampler.interrupt();
      liveSampler.interrupt();
      sampler.join();
      liveSampler.join();
      stop.forEach(Runnable::run);
      int added = reports.stream().mapToInt(PollReport::added).sum();
      long failed = reports.stream().filter(r -> !r.ok()).count();
      System.gc();
      long after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      System.out.printf("%d sources polled concurrently (%d items each, each response held 1 s):%n"
              + "  %d polls, %d failed, %d articles stored in %.2f s (%.1f s of CPU); at most %d requests in flight at the server%n"
              + "  heap: %d MB before (language model, database cache, the test server's feeds); while polling"
              + " at most %d MB live (after a full GC, sampled every 2 s) and %d MB used counting garbage;"
              + " %d MB after; at most %d platform threads%n",
          sources, items, reports.size(), failed, added, seconds, cpu, maxInFlight.get(), baseline >> 20, peakLive.get() >> 20,
          peakUsed.get() >> 20, after >> 20, peakPlatformThreads.get());
    } finally {
      delete(dir);
    }
  }

  /** Records the heap in use before every collection, which sampling alone can miss. */
  private static List<Runnable> watchHeap(AtomicLong peakUsed) throws Exception {
    List<Runnable> stops = new ArrayList<>();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (!(gc instanceof NotificationEmitter emitter)) {
        continue;
      }
      javax.management.NotificationListener listener = (notification, handback) -> {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
          return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long before = info.getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
            .filter(pool -> isHeap(pool.getKey())).mapToLong(pool -> pool.getValue().getUsed()).sum();
        peakUsed.accumulateAndGet(before, Math::max);
      };
      emitter.addNotificationListener(listener, null, null);
      stops.add(() -> {
        try {
          emitter.removeNotificationListener(listener);
        } catch (javax.management.ListenerNotFoundException e) {
          // already gone
        }
      });
    }
    return stops;
  }

  /** CPU time of this whole process (the loopback server included), so a busy machine does not hide the cost. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static boolean isHeap(String pool) {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .anyMatch(bean -> bean.getName().equals(pool) && bean.getType() == java.lang.management.MemoryType.HEAP);
  }

  private static void delete(Path dir) throws Exception {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
