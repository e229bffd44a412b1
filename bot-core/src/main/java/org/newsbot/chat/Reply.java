package org.newsbot.chat;

import java.util.ArrayList;
import java.util.List;
import org.newsbot.answer.Answer;
import org.newsbot.answer.AnswerText;
import org.newsbot.answer.Claim;
import org.newsbot.answer.Conflict;
import org.newsbot.answer.SourceRef;

/**
 * A platform-neutral reply: blocks of text with citation marks, the numbered sources they cite,
 * and buttons. Adapters render it in their own markup and escape every text span.
 */
public record Reply(Kind kind, List<Block> blocks, List<SourceRef> sources, List<Button> buttons) {

  public Reply {
    blocks = List.copyOf(blocks);
    sources = List.copyOf(sources);
    buttons = List.copyOf(buttons);
  }

  /** What the reply is, so adapters can style it (errors may be shown only to the caller). */
  public enum Kind { ANSWER, NO_ANSWER, INFO, ERROR, REFUSAL }

  /** A paragraph: plain text spans and citation marks in order. */
  public record Block(List<Span> spans) {
    public Block {
      spans = List.copyOf(spans);
    }

    public static Block of(String text) {
      return new Block(List.of(new Text(text)));
    }

    /** The block as plain text with marks as {@code [n]}. */
    public String plain() {
      StringBuilder out = new StringBuilder();
      for (Span span : spans) {
        out.append(span instanceof Text text ? text.text() : "[" + ((Cite) span).ref() + "]");
      }
      return out.toString();
    }
  }

  /** A piece of a block. */
  public sealed interface Span permits Text, Cite {}

  /** Text as it is: adapters escape it for their markup. */
  public record Text(String text) implements Span {}

  /** A citation mark pointing at a numbered source. */
  public record Cite(int ref) implements Span {}

  /** A button that sends a command when pressed. */
  public record Button(String label, String command) {}

  public static Reply info(String... paragraphs) {
    return of(Kind.INFO, paragraphs);
  }

  public static Reply error(String message) {
    return of(Kind.ERROR, message);
  }

  public static Reply refusal(String message) {
    return of(Kind.REFUSAL, message);
  }

  private static Reply of(Kind kind, String... paragraphs) {
    List<Block> blocks = new ArrayList<>();
    for (String paragraph : paragraphs) {
      blocks.add(Block.of(paragraph));
    }
    return new Reply(kind, blocks, List.of(), List.of());
  }

  /** An answer as a reply: a block per claim, one per conflict, and the sources. */
  public static Reply of(Answer answer) {
    if (!answer.answered()) {
      return new Reply(Kind.NO_ANSWER, List.of(Block.of(answer.text())), List.of(), List.of());
    }
    List<Block> blocks = new ArrayList<>();
    for (String note : answer.notes()) {
      blocks.add(Block.of(note));
    }
    for (Claim claim : answer.claims()) {
      List<Span> spans = new ArrayList<>();
      spans.add(new Text(claim.text() + " "));
      claim.sources().forEach(ref -> spans.add(new Cite(ref)));
      if (claim.sources().size() > 1) {
        spans.add(new Text(AnswerText.corroborated(claim.sources().size())));
      }
      blocks.add(new Block(spans));
    }
    for (Conflict conflict : answer.conflicts()) {
      List<Span> spans = new ArrayList<>();
      spans.add(new Text(AnswerText.disagreeOn(conflict.about())));
      for (int i = 0; i < conflict.values().size(); i++) {
        Conflict.Value value = conflict.values().get(i);
        spans.add(new Text((i > 0 ? " vs " : "") + value.value() + " "));
        value.sources().forEach(ref -> spans.add(new Cite(ref)));
      }
      blocks.add(new Block(spans));
    }
    return new Reply(Kind.ANSWER, blocks, answer.sources(), List.of());
  }
}
