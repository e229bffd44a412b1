package org.newsbot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.newsbot.ingest.poll.Preview;
import org.newsbot.ingest.poll.SourcePreview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Fetches and reads feeds and pages without storing anything, printing what polling would find. */
@Command(name = "preview", description = {"Fetch and read feeds or pages without storing anything: each one's title,",
    "kind and entries (title, url, published, author, the first 200 characters of text)."})
final class PreviewCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int AT_ONCE = 8;

  @ParentCommand
  SourcesCommand sources;

  @Parameters(arity = "1..*", paramLabel = "URL", description = "feed or page addresses")
  List<String> urls;

  @Option(names = "--json", description = "one JSON object per URL per line")
  boolean json;

  @Override
  public Integer call() throws InterruptedException {
    AppConfig config = sources.main.config();
    System.setProperty("newsbot.logdir", sources.main.dataDir(config).resolve("logs").toAbsolutePath().toString());
    SourcePreview preview = new SourcePreview(SourceConfig.from(config));
    PrintStream out = SourcesCommand.out();
    int failed = 0;
    // fetched a few at a time, printed in the order given
    Semaphore slots = new Semaphore(AT_ONCE);
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Preview>> previews = new ArrayList<>();
      for (String url : urls) {
        previews.add(pool.submit(() -> {
          slots.acquire();
          try {
            return preview.preview(url);
          } finally {
            slots.release();
          }
        }));
      }
      for (int i = 0; i < urls.size(); i++) {
        Preview result;
        try {
          result = previews.get(i).get();
        } catch (ExecutionException e) {
          result = new Preview(urls.get(i), null, null, List.of(), "cannot read: " + e.getCause());
        }
        if (!result.ok()) {
          failed++;
        }
        out.println(json ? json(result) : text(result));
      }
    }
    return failed == 0 ? 0 : 3;
  }

  static String json(Preview preview) {
    ObjectNode node = JSON.createObjectNode();
    node.put("url", preview.url());
    if (!preview.ok()) {
      node.put("error", preview.error());
      return node.toString();
    }
    node.put("title", preview.title());
    node.put("kind", preview.kind());
    ArrayNode entries = node.putArray("entries");
    for (Preview.Entry entry : preview.entries()) {
      ObjectNode item = entries.addObject();
      item.put("title", entry.title());
      item.put("url", entry.url());
      item.put("published", entry.published() == null ? null : entry.published().toString());
      item.put("author", entry.author());
      item.put("text", entry.text());
    }
    return node.toString();
  }

  static String text(Preview preview) {
    StringBuilder out = new StringBuilder("== ").append(preview.url()).append('\n');
    if (!preview.ok()) {
      return out.append("error: ").append(preview.error()).append('\n').toString();
    }
    out.append(preview.title() == null ? "(untitled)" : preview.title()).append(" (").append(preview.kind())
        .append(", ").append(preview.entries().size()).append(preview.entries().size() == 1 ? " entry" : " entries")
        .append(")\n");
    for (Preview.Entry entry : preview.entries()) {
      out.append("- ").append(entry.published() == null ? "date unknown" : entry.published()).append("  ")
          .append(entry.title() == null ? "(untitled)" : entry.title());
      if (entry.author() != null) {
        out.append("  by ").append(entry.author());
      }
      out.append('\n');
      if (entry.url() != null) {
        out.append("  ").append(entry.url()).append('\n');
      }
      if (entry.text() != null && !entry.text().isEmpty()) {
        out.append("  ").append(entry.text()).append('\n');
      }
    }
    return out.toString();
  }
}
