package org.newsbot.app;

import java.util.concurrent.Callable;
import org.newsbot.Newsbot;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Computes missing embeddings now rather than in the background of a running bot. */
@Command(name = "embed", description = "Compute the embeddings of imported articles that still lack them.")
final class EmbedCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Override
  public Integer call() {
    long started = System.nanoTime();
    try (Newsbot newsbot = main.open()) {
      if (!newsbot.indexWritable()) {
        System.out.println("The running newsbot computes embeddings in the background.");
        return 0;
      }
      int waiting = newsbot.pendingEmbeddings();
      int done = newsbot.embedPending(total -> System.err.printf("\rembedded %d/%d articles", total, waiting));
      double seconds = (System.nanoTime() - started) / 1e9;
      System.err.println();
      System.out.printf("Embedded %d articles (%.1f s, %.1f articles/s).%n", done, seconds, done / seconds);
      return 0;
    }
  }
}
