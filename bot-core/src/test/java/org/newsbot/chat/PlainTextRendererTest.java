package org.newsbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbot.answer.Answer;
import org.newsbot.answer.Claim;
import org.newsbot.answer.SourceRef;

/** Replies as plain text: paragraphs, citation marks, numbered sources and buttons. */
class PlainTextRendererTest {
  private static final SourceRef OUTLET = new SourceRef(1, "7", "Example Times", "Bridge reopens",
      "https://example.org/7", LocalDate.of(2024, 5, 2));
  private static final SourceRef FILE = new SourceRef(2, "8", null, "Crane lifts container",
      "file:///data/articles/003_crane.txt", null);

  @Test
  void rendersParagraphsOnePerLine() {
    assertThat(PlainTextRenderer.render(Reply.info("First paragraph.", "Second paragraph.")))
        .isEqualTo("First paragraph.\nSecond paragraph.");
  }

  @Test
  void rendersCitationMarksThenTheNumberedSources() {
    Reply reply = new Reply(Reply.Kind.ANSWER,
        List.of(new Reply.Block(List.of(new Reply.Text("The bridge reopened. "), new Reply.Cite(1),
                new Reply.Cite(2))),
            new Reply.Block(List.of(new Reply.Text("The crane lifted a container. "), new Reply.Cite(2)))),
        List.of(OUTLET, FILE), List.of());

    assertThat(PlainTextRenderer.render(reply)).isEqualTo("The bridge reopened. [1][2]\n"
        + "The crane lifted a container. [2]\n\nSources:\n" + OUTLET.line() + "\n" + FILE.line());
  }

  @Test
  void aSourceLineGivesOutletOrFileNameTitleDateAndLink() {
    assertThat(OUTLET.line()).startsWith("[1] ").contains("Example Times", "Bridge reopens", "2024-05-02",
        "https://example.org/7");
    assertThat(FILE.line()).startsWith("[2] ").contains("003_crane.txt", "Crane lifts container",
        "file:///data/articles/003_crane.txt").doesNotContain("null");
  }

  @Test
  void anAnswerRendersEachClaimWithItsMarks() {
    Answer answer = new Answer("Did the bridge reopen?", true,
        List.of(new Claim("The bridge reopened on Thursday.", List.of(1, 2))), List.of(OUTLET, FILE),
        List.of(), "ignored here");

    String text = PlainTextRenderer.render(Reply.of(answer));

    assertThat(text).startsWith("The bridge reopened on Thursday. [1][2]")
        .contains("\n\nSources:\n" + OUTLET.line() + "\n" + FILE.line());
  }

  @Test
  void anUnansweredReplyHasNoSources() {
    Answer none = new Answer("What is the capital of Australia?", false, List.of(), List.of(), List.of(),
        "The indexed articles don't say.");

    assertThat(PlainTextRenderer.render(Reply.of(none))).isEqualTo("The indexed articles don't say.");
  }

  @Test
  void rendersButtonsAsTheirCommands() {
    Reply reply = new Reply(Reply.Kind.INFO, List.of(Reply.Block.of("Subscribed.")), List.of(),
        List.of(new Reply.Button("Unsubscribe", "/unsubscribe 3")));

    assertThat(PlainTextRenderer.render(reply)).isEqualTo("Subscribed.\n[Unsubscribe: /unsubscribe 3]");
  }
}
