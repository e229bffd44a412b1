package org.newsbot.answer;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An answer: the claims that answer the question, each citing numbered sources, and the conflicts
 * between sources. Unanswered, it has no claims and its text says so.
 *
 * @param notes what the reader should know about how the question was read or answered: a word
 *     read otherwise, an answer from outside the period asked about
 * @param confidence the probability, as the answer model puts it, that the first claim answers
 */
@JsonPropertyOrder({"question", "answered", "text", "notes", "claims", "sources", "conflicts", "confidence"})
public record Answer(
    String question,
    boolean answered,
    List<Claim> claims,
    List<SourceRef> sources,
    List<Conflict> conflicts,
    String text,
    List<String> notes,
    double confidence) {

  public Answer {
    claims = List.copyOf(claims);
    sources = List.copyOf(sources);
    conflicts = List.copyOf(conflicts);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** An answer without notes; its confidence is 1 when answered, 0 when not. */
  public Answer(String question, boolean answered, List<Claim> claims, List<SourceRef> sources,
      List<Conflict> conflicts, String text) {
    this(question, answered, claims, sources, conflicts, text, List.of(), answered ? 1 : 0);
  }

  static Answer unanswered(String question, String text, double confidence) {
    return new Answer(question, false, List.of(), List.of(), List.of(), text, List.of(), confidence);
  }

  /** The same answer declined: what it would have said is dropped, its confidence kept. */
  Answer declined(String text) {
    return unanswered(question, text, confidence);
  }
}
