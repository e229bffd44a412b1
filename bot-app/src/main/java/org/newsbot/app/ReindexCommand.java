package org.newsbot.app;

import java.util.concurrent.Callable;
import org.newsbot.Newsbot;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Rebuilds the search index from the database. */
@Command(name = "reindex", description = "Rebuild the search index from the database.")
final class ReindexCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Override
  public Integer call() {
    long started = System.nanoTime();
    try (Newsbot newsbot = main.open()) {
      int articles = newsbot.reindex();
      System.out.printf("Reindexed %d articles (%.1f s).%n", articles, (System.nanoTime() - started) / 1e9);
      return 0;
    }
  }
}
