package org.newsbot.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.LocalDate;

/** A question to ask and the day it is asked on ("today" for its time words); null: today. */
record AskedQuestion(String question, LocalDate asOf) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A line of a questions file: plain text, or a JSON object with "question" and optionally
   * "as_of". {@code asOf} applies when the line names no day of its own.
   */
  static AskedQuestion parse(String line, LocalDate asOf) {
    if (!line.startsWith("{")) {
      return new AskedQuestion(line, asOf);
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("not a JSON object; write the question as plain text or as"
          + " {\"question\": \"...\", \"as_of\": \"YYYY-MM-DD\"}");
    }
    String question = node.path("question").asText("").strip();
    if (question.isEmpty()) {
      throw new IllegalArgumentException("the object has no \"question\"");
    }
    String day = node.path("as_of").asText("");
    if (day.isEmpty() || node.path("as_of").isNull()) {
      return new AskedQuestion(question, asOf);
    }
    try {
      return new AskedQuestion(question, LocalDate.parse(day));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("\"as_of\" is not a date of the form YYYY-MM-DD: " + day);
    }
  }
}
