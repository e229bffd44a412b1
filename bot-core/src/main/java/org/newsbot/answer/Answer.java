package org.newsbot.answer;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An answer: the claims that answer the question, each citing numbered sources, and the conflicts
 * between sources. Unanswered, it has no claims and its text says so.
 */
@JsonPropertyOrder({"question", "answered", "text", "claims", "sources", "conflicts"})
public record Answer(
    String question,
    boolean answered,
    List<Claim> claims,
    List<SourceRef> sources,
    List<Conflict> conflicts,
    String text) {

  public Answer {
    claims = List.copyOf(claims);
    sources = List.copyOf(sources);
    conflicts = List.copyOf(conflicts);
  }

  static Answer unanswered(String question, String text) {
    return new Answer(question, false, List.of(), List.of(), List.of(), text);
  }
}
