package org.newsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void blockElementsBecomeParagraphsAndFurnitureGoes() {
    String html = "<div><p>First <b>bold</b> paragraph.</p><script>alert(1)</script>"
        + "<figure><img src=x><figcaption>Photo: someone</figcaption></figure>"
        + "<ul><li>one</li><li>two</li></ul><p>Last&nbsp;one &amp; done.</p></div>";
    assertThat(HtmlText.toText(html)).isEqualTo("First bold paragraph.\n\none\n\ntwo\n\nLast one & done.");
  }

  @Test
  void textWithoutMarkupKeepsItsLineBreaks() {
    assertThat(HtmlText.toText("One paragraph.\n\n\nAnother &quot;quoted&quot; one."))
        .isEqualTo("One paragraph.\n\nAnother \"quoted\" one.");
    assertThat(HtmlText.toText("x < 5 and y > 3")).isEqualTo("x < 5 and y > 3");
  }

  @Test
  void inlineTextIsOneLine() {
    assertThat(HtmlText.inline("  <i>Breaking:</i>\n storm &amp; floods ")).isEqualTo("Breaking: storm & floods");
    assertThat(HtmlText.inline("  ")).isNull();
  }
}
