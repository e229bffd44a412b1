package org.newsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbot.answer.SourceRef;
import org.newsbot.chat.Reply;

class HtmlRendererTest {
  private static final SourceRef WEB = new SourceRef(1, "a1", "Tom & Jerry's <News>",
      "Prices <rise> & \"fall\"", "https://example.com/story?id=1&x=\"q\"", LocalDate.of(2024, 4, 3));
  private static final SourceRef FILE = new SourceRef(2, "a2", null, "Local report", "file:/data/seed/004_x.txt",
      null);

  @Test
  void textIsEscapedAndCitationsLinkToTheirSources() {
    Reply reply = new Reply(Reply.Kind.ANSWER, List.of(new Reply.Block(List.of(
        new Reply.Text("Profits <b>rose</b> 5% & more "), new Reply.Cite(1), new Reply.Cite(2)))),
        List.of(WEB, FILE), List.of());

    String html = HtmlRenderer.render(reply);
    TelegramHtml.Parsed parsed = TelegramHtml.parse(html);

    assertThat(html).startsWith("Profits &lt;b&gt;rose&lt;/b&gt; 5% &amp; more "
        + "<a href=\"https://example.com/story?id=1&amp;x=&quot;q&quot;\">[1]</a>[2]");
    assertThat(parsed.text()).isEqualTo("""
        Profits <b>rose</b> 5% & more [1][2]

        Sources
        [1] Tom & Jerry's <News>, 2024-04-03: Prices <rise> & "fall"
        [2] 004_x.txt, date unknown: Local report""");
    assertThat(parsed.links()).containsExactly(
        new TelegramHtml.Link("https://example.com/story?id=1&x=\"q\"", "[1]"),
        new TelegramHtml.Link("https://example.com/story?id=1&x=\"q\"", "Prices <rise> & \"fall\""));
  }

  @Test
  void aSourceWithoutTitleIsLinkedByItsAddress() {
    SourceRef untitled = new SourceRef(3, "a3", "Wire", null, "https://wire.example/x", LocalDate.of(2020, 1, 2));

    assertThat(HtmlRenderer.sourceLine(untitled))
        .isEqualTo("[3] <i>Wire</i>, 2020-01-02: <a href=\"https://wire.example/x\">https://wire.example/x</a>");
  }

  @Test
  void onlyWebAddressesBecomeLinks() {
    assertThat(Html.link("javascript:alert(1)", "x")).isEqualTo("x");
    assertThat(Html.link("file:/etc/passwd", "<x>")).isEqualTo("&lt;x&gt;");
    assertThat(Html.link("https://ok.example/a b", "x")).isEqualTo("x");
    assertThat(Html.link("HTTPS://ok.example/", "x")).isEqualTo("<a href=\"HTTPS://ok.example/\">x</a>");
  }

  @Test
  void refusalsAndButtonsLeftAsTextAreEscapedToo() {
    String tooLong = "/ask more & more <news> about the Quimby factory and its zorblax widgets";
    Reply reply = new Reply(Reply.Kind.REFUSAL, List.of(Reply.Block.of("Only <admins> & co.")), List.of(),
        List.of(new Reply.Button("More <news>", tooLong), new Reply.Button("Stop", "/unsubscribe 3")));

    assertThat(TelegramHtml.parse(HtmlRenderer.render(reply)).text())
        .isEqualTo("Only <admins> & co.\n\nMore <news>: " + tooLong);
  }
}
