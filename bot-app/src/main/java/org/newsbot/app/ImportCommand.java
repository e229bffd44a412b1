package org.newsbot.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsbot.Newsbot;
import org.newsbot.ingest.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Imports article files and folders. */
@Command(name = "import", description = {"Import articles from files and folders:",
    "  .txt   one article: an optional first line ' date YYYY-MM-DD <lead>', then the text",
    "  .jsonl one article per line: id, outlet, url, title, published, authors, category, body",
    "Exit codes: 0 imported (warnings, such as a date it cannot read, do not count),",
    "  3 malformed files or lines skipped, 4 an input missing or unreadable."})
final class ImportCommand implements Callable<Integer> {
  /** Imports of up to this many articles awaiting embeddings are embedded before the command returns. */
  static final int EMBED_AT_ONCE = 200;

  @ParentCommand
  Main main;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders to import")
  List<Path> paths;

  @Override
  public Integer call() {
    long started = System.nanoTime();
    try (Newsbot newsbot = main.open()) {
      ImportReport report = newsbot.importPaths(paths);
      for (ImportReport.Problem problem : report.problems()) {
        System.err.println("skipped " + problem);
      }
      for (ImportReport.Problem warning : report.warnings()) {
        System.err.println("warning " + warning);
      }
      System.out.printf("%s (%.1f s)%n", report.summary(), (System.nanoTime() - started) / 1e9);
      int waiting = newsbot.pendingEmbeddings();
      if (newsbot.indexWritable() && waiting > 0 && waiting <= EMBED_AT_ONCE) {
        // a small import (the quick start) is searchable by meaning before the command returns
        int total = waiting;
        int embedded = newsbot.embedPending(done -> System.out.printf("embedding for search by meaning: %d of %d"
            + " articles%n", done, total));
        waiting -= embedded;
      }
      if (newsbot.indexWritable() && waiting > 0) {
        System.out.println(waiting + " articles are searchable by keyword and await embeddings for search by"
            + " meaning: a running newsbot computes them in the background, 'newsbot embed' now.");
      }
      if (!newsbot.indexWritable() && report.added() + report.revised() > 0) {
        System.out.println("Another newsbot process holds the search index; it indexes these articles"
            + " within seconds.");
      }
      return report.exitCode();
    }
  }
}
