package org.newsbot.bench;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What to measure: the corpus folder (its reuters21578.jsonl, and every .jsonl for the large mixed
 * set), the size of that set, the folder of question sets and how many of their questions to time
 * (0: each once) after how many to warm up, and where to work (a kept folder is reused).
 */
public record BenchOptions(Path corpusDir, Path questionSets, int articles, int questions, int warmUp,
    boolean skipLargeSet, Path workDir, PrintStream progress) {

  public static final String REUTERS_FILE = "reuters21578.jsonl";

  public BenchOptions {
    if (articles < 1 || questions < 0 || warmUp < 0) {
      throw new IllegalArgumentException("--articles must be positive, --questions and --warmup not negative");
    }
  }
}
