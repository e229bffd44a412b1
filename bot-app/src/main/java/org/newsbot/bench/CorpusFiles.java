package org.newsbot.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
}
