package org.newsbot.bench;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What to measure: the corpus folder (its reuters21578.jsonl, and every .jsonl for the large mixed
 * set), the size of that set, the questions to time, the articles to embed, and where to work.
 */
public record BenchOptions(Path corpusDir, int articles, int questions, int warmUp, int embedSample,
    boolean skipLargeSet, Path workDir, PrintStream progress) {

  public static final String REUTERS_FILE = "reuters21578.jsonl";

  public BenchOptions {
    if (articles < 1 || questions < 1 || warmUp < 0 || embedSample < 0) {
      throw new IllegalArgumentException("--articles and --questions must be positive, --warmup and"
          + " --embed-sample not negative");
    }
  }
}
