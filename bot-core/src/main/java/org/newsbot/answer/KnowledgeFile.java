package org.newsbot.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the answer engine's knowledge files: lines of a resource, without comments and blank lines. */
final class KnowledgeFile {
  private KnowledgeFile() {}

  static List<String> lines(String name) {
    try (InputStream in = KnowledgeFile.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing knowledge file " + name);
      }
      List<String> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.strip());
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read knowledge file " + name, e);
    }
  }
}
