package org.newsbot.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random sample of the articles in some files, drawn in one pass (reservoir sampling) so that a
 * large set never sits in memory beside the index being measured.
 */
final class ArticleSample {
  /** What questions are made from: an article's title (may be empty) and text. */
  record Article(String title, String body) {}

  private ArticleSample() {}

  static List<Article> of(List<Path> files, int size, long seed) throws IOException {
    Random random = new Random(seed);
    List<Article> sample = new ArrayList<>(size);
    long seen = 0;
    for (Path file : files) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          ObjectNode node = CorpusFiles.article(line);
          if (node == null) {
            continue;
          }
          seen++;
          if (sample.size() < size) {
            sample.add(article(node));
          } else {
            long slot = (long) (random.nextDouble() * seen);
            if (slot < size) {
              sample.set((int) slot, article(node));
            }
          }
        }
      }
    }
    return sample;
  }

  private static Article article(ObjectNode node) {
    String title = node.hasNonNull("title") ? node.get("title").asText() : "";
    return new Article(title, node.get("body").asText());
  }
}
