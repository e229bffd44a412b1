package org.newsbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSplitterTest {
  @Test
  void shortTextStaysWhole() {
    assertThat(TextSplitter.split("  one piece  ", 20)).containsExactly("one piece");
  }

  @Test
  void prefersAParagraphBreak() {
    assertThat(TextSplitter.split("First paragraph here.\n\nSecond one. More words", 30))
        .containsExactly("First paragraph here.", "Second one. More words");
  }

  @Test
  void thenTheEndOfASentence() {
    assertThat(TextSplitter.split("One two three. Four five six seven", 24))
        .containsExactly("One two three.", "Four five six seven");
  }

  @Test
  void thenASpaceButNeverInsideAWord() {
    List<String> pieces = TextSplitter.split("alpha beta gamma delta epsilon zeta eta theta", 12);

    assertThat(pieces).allMatch(piece -> piece.length() <= 12);
    assertThat(String.join(" ", pieces)).isEqualTo("alpha beta gamma delta epsilon zeta eta theta");
  }

  @Test
  void cutsAWordLongerThanTheLimitButNotThroughAnEscape() {
    List<String> pieces = TextSplitter.split("abcdefghi\\_jkl", 10);

    assertThat(pieces).containsExactly("abcdefghi", "\\_jkl");
  }

  @Test
  void keepsAnEscapedBackslashTogether() {
    List<String> pieces = TextSplitter.split("abcdefgh\\\\ij", 10);

    assertThat(pieces).containsExactly("abcdefgh\\\\", "ij");
  }
}
