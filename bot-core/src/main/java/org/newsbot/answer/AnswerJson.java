package org.newsbot.answer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The public JSON form of an answer: one object, dates as {@code YYYY-MM-DD}. */
public final class AnswerJson {
  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private AnswerJson() {}

  public static String write(Answer answer) {
    try {
      return JSON.writeValueAsString(answer);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an answer could not be written as JSON", e);
    }
  }

  public static Answer read(String json) {
    try {
      return JSON.readValue(json, Answer.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not an answer: " + e.getOriginalMessage(), e);
    }
  }
}
