package org.newsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {
  private static final String[] WORDS = {"police", "said", "the", "attack", "R&D", "<unit>", "\"quoted\"",
      "prices", "rose", "Crocus", "😀", "Müller", "4.5%", "a&b", "x>y", "officials", "confirmed", "on", "Friday"};

  @Test
  void aShortMessageIsLeftAlone() {
    String html = "<b>Sources</b>\n[1] <a href=\"https://a.example/?x=1&amp;y=2\">Title</a>";

    assertThat(new MessageSplitter().split(html)).containsExactly(html);
  }

  @Test
  void paragraphsAreKeptWholeWhenTheyFit() {
    String paragraph = "A sentence of the answer. ".repeat(6).strip();
    String html = String.join("\n\n", java.util.Collections.nCopies(12, paragraph));

    List<String> parts = new MessageSplitter(500).split(html);

    assertThat(parts).hasSizeGreaterThan(1);
    for (String part : parts) {
      assertThat(part.length()).isLessThanOrEqualTo(500);
      assertThat(part.split("\n\n")).containsOnly(paragraph);
    }
  }

  @Test
  void aLongParagraphBreaksAtSentenceEnds() {
    StringBuilder html = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      html.append("Sentence number ").append(i).append(" says something &amp; more. ");
    }

    List<String> parts = new MessageSplitter(300).split(html.toString().strip());

    assertThat(parts).hasSizeGreaterThan(1);
    assertThat(parts).allSatisfy(part -> {
      assertThat(part.length()).isLessThanOrEqualTo(300);
      assertThat(part).startsWith("Sentence number ").endsWith(" more.");
    });
  }

  @Test
  void aTagOpenAtABreakIsClosedAndOpenedAgain() {
    String html = "<b>" + "Bold words go on and on. ".repeat(40).strip() + "</b> plain end";

    List<String> parts = new MessageSplitter(200).split(html);

    assertThat(parts).hasSizeGreaterThan(2);
    for (int i = 0; i < parts.size() - 1; i++) {
      assertThat(parts.get(i)).startsWith("<b>").endsWith("</b>");
      TelegramHtml.parse(parts.get(i));
    }
    assertThat(parts.get(parts.size() - 1)).endsWith("</b> plain end");
  }

  @Test
  void aLinkCutInTwoKeepsItsAddressInBothMessages() {
    String html = "<a href=\"https://example.org/a?b=1&amp;c=2\">" + "link text ".repeat(30).strip() + "</a>";

    List<String> parts = new MessageSplitter(120).split(html);

    assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> {
      assertThat(part.length()).isLessThanOrEqualTo(120);
      assertThat(TelegramHtml.parse(part).links()).singleElement()
          .satisfies(link -> assertThat(link.href()).isEqualTo("https://example.org/a?b=1&c=2"));
    });
  }

  @Test
  void textWithoutSpacesIsCutBetweenEntitiesAndCharactersNeverInsideThem() {
    String html = "&amp;&lt;😀x&quot;".repeat(400);

    List<String> parts = new MessageSplitter(100).split(html);

    assertThat(parts).hasSizeGreaterThan(10);
    StringBuilder text = new StringBuilder();
    for (String part : parts) {
      assertThat(part.length()).isLessThanOrEqualTo(100);
      text.append(TelegramHtml.parse(part).text());
      assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1))).isFalse();
      assertThat(Character.isLowSurrogate(part.charAt(0))).isFalse();
    }
    assertThat(text.toString()).isEqualTo("&<😀x\"".repeat(400));
  }

  @Test
  void longRandomHtmlSplitsIntoWellFormedMessagesThatKeepEveryCharacter() {
    for (long seed = 1; seed <= 25; seed++) {
      Random random = new Random(seed);
      String html = randomHtml(random, 2_000 + random.nextInt(20_000));
      int limit = random.nextBoolean() ? MessageSplitter.TELEGRAM_LIMIT : 200 + random.nextInt(800);

      List<String> parts = new MessageSplitter(limit).split(html);

      StringBuilder text = new StringBuilder();
      for (String part : parts) {
        assertThat(part.length()).as("seed %d", seed).isLessThanOrEqualTo(limit);
        text.append(TelegramHtml.parse(part).text());
      }
      String expected = TelegramHtml.parse(html).text();
      assertThat(text.toString().replaceAll("\\s", "")).as("seed %d", seed)
          .isEqualTo(expected.replaceAll("\\s", ""));
      assertThat(parts.size()).as("seed %d", seed).isGreaterThanOrEqualTo(html.length() / limit);
    }
  }

  /** Paragraphs of sentences with bold, italic and link spans, escaped as the renderer escapes. */
  private static String randomHtml(Random random, int length) {
    StringBuilder html = new StringBuilder();
    while (html.length() < length) {
      int sentences = 1 + random.nextInt(8);
      for (int s = 0; s < sentences; s++) {
        int words = 3 + random.nextInt(25);
        for (int w = 0; w < words; w++) {
          String word = Html.text(WORDS[random.nextInt(WORDS.length)]);
          switch (random.nextInt(12)) {
            case 0 -> html.append("<b>").append(word).append(' ').append(word).append("</b>");
            case 1 -> html.append("<i>").append(word).append("</i>");
            case 2 -> html.append("<a href=\"https://news.example/").append(random.nextInt(100))
                .append("?q=1&amp;r=\">").append(word).append(" [").append(random.nextInt(9)).append("]</a>");
            default -> html.append(word);
          }
          html.append(w == words - 1 ? ". " : " ");
        }
      }
      html.append(random.nextInt(4) == 0 ? "\n" : "\n\n");
    }
    if (random.nextBoolean()) {
      html.insert(0, "<b>").append("</b>");
    }
    return html.toString();
  }
}
