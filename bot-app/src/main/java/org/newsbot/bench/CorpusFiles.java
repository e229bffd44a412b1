package org.newsbot.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** JSON Lines article files as the bench reads and writes them. */
final class CorpusFiles {
  static final ObjectMapper JSON = new ObjectMapper();

  private CorpusFiles() {}

  /** The line's article when it is a JSON object with a body, else null (the importer skips it). */
  static ObjectNode article(String line) {
    if (line.isBlank()) {
      return null;
    }
    try {
      JsonNode node = JSON.readTree(line);
      if (node instanceof ObjectNode object && object.hasNonNull("body") && !object.get("body").asText().isBlank()) {
        return object;
      }
    } catch (JsonProcessingException e) {
      return null;
    }
    return null;
  }

  /** How a file was split: its lines, and the articles that went to the first part. */
  record Split(int lines, int firstArticles) {}

  /**
   * Copies {@code source} into {@code first} (its lines up to and including the {@code n}th
   * article with a body) and {@code rest} (the other lines), unchanged.
   */
  static Split split(Path source, int n, Path first, Path rest) throws IOException {
    int lines = 0;
    int articles = 0;
    try (BufferedReader in = Files.newBufferedReader(source, StandardCharsets.UTF_8);
        BufferedWriter head = Files.newBufferedWriter(first, StandardCharsets.UTF_8);
        BufferedWriter tail = Files.newBufferedWriter(rest, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines++;
        if (articles < n) {
          head.write(line);
          head.write('\n');
          if (article(line) != null) {
            articles++;
          }
        } else {
          tail.write(line);
          tail.write('\n');
        }
      }
    }
    return new Split(lines, articles);
  }

  static int countLines(Path file) throws IOException {
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return (int) lines.count();
    }
  }
}
