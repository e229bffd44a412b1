package org.newsbot.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups an article's quotable sentences into short windows for embedding: a sentence alone
 * carries too little context, and embedding every sentence costs too much. Every window of an
 * article is embedded, up to a cap that only very long texts reach: answers sit anywhere in a report.
 */
public final class Chunks {
  static final int SENTENCES = 3;
  private static final int MAX_CHARS = 700;
  static final int MAX_CHUNKS = 60;

  /** A window of sentences {@code from} to {@code to} (inclusive) of the quotable sentences. */
  public record Chunk(int from, int to, String text) {}

  private Chunks() {}

  public static List<String> quotableSentences(String body) {
    List<String> sentences = new ArrayList<>();
    for (String sentence : Sentences.split(body)) {
      if (Sentences.quotable(sentence)) {
        sentences.add(sentence);
      }
    }
    return sentences;
  }

  static List<Chunk> of(String title, List<String> sentences) {
    List<Chunk> chunks = new ArrayList<>();
    for (int from = 0; from < sentences.size() && chunks.size() < MAX_CHUNKS; from += SENTENCES) {
      int to = Math.min(sentences.size(), from + SENTENCES) - 1;
      StringBuilder text = new StringBuilder();
      if (from == 0 && title != null && !title.isBlank()) {
        text.append(title).append(". ");
      }
      for (int i = from; i <= to && text.length() < MAX_CHARS; i++) {
        text.append(sentences.get(i)).append(' ');
      }
      chunks.add(new Chunk(from, to, text.toString().strip()));
    }
    return chunks;
  }
}
