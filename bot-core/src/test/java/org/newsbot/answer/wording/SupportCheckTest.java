package org.newsbot.answer.wording;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbot.answer.Claim;

class SupportCheckTest {
  private static final List<Claim> CLAIMS = List.of(
      new Claim("Two gunmen killed 1,200 sheep on March 07, 2024, police said.", List.of(1)),
      new Claim("The farm lies near the river.", List.of(2)));

  @Test
  void inflectionsNumberWordsAndSeparatorsAreTheSameWordsAndFigures() {
    assertThatCode(() -> SupportCheck.check(CLAIMS, List.of(
        new Claim("According to police, 2 gunmen were killing 1200 sheep on March 7, 2024.", List.of(1)),
        new Claim("The farm is near the river.", List.of(2)))))
        .doesNotThrowAnyException();
  }

  @Test
  void anAddedHedgeIsRefused() {
    assertThatThrownBy(() -> SupportCheck.check(CLAIMS, List.of(
        new Claim("Two gunmen killed over 1,200 sheep on March 7, 2024.", List.of(1)),
        new Claim("The farm lies near the river.", List.of(2)))))
        .isInstanceOf(RejectedWording.class).hasMessageContaining("'over'");
  }

  @Test
  void anotherDateIsRefused() {
    assertThatThrownBy(() -> SupportCheck.check(CLAIMS, List.of(
        new Claim("Two gunmen killed 1,200 sheep on March 8, 2024.", List.of(1)),
        new Claim("The farm lies near the river.", List.of(2)))))
        .isInstanceOf(RejectedWording.class).hasMessageContaining("states 8");
  }

  @Test
  void aSourceCitedForNothingItsClaimsSayIsRefused() {
    assertThatThrownBy(() -> SupportCheck.check(CLAIMS, List.of(
        new Claim("Two gunmen killed 1,200 sheep on March 7, 2024.", List.of(1, 2)),
        new Claim("The farm lies near the river.", List.of(2)))))
        .isInstanceOf(RejectedWording.class).hasMessageContaining("cites [2] for nothing");
  }

  @Test
  void wordsFromTwoCitedClaimsMayBeJoined() {
    assertThatCode(() -> SupportCheck.check(CLAIMS, List.of(
        new Claim("Two gunmen killed 1,200 sheep near the river, police said.", List.of(1, 2)))))
        .doesNotThrowAnyException();
  }

  @Test
  void moreSentencesThanTwicePerClaimAreRefused() {
    Claim sentence = new Claim("The farm lies near the river.", List.of(2));
    Claim other = new Claim("Two gunmen killed sheep.", List.of(1));
    assertThatThrownBy(() -> SupportCheck.check(CLAIMS, List.of(other, sentence, sentence, sentence, sentence)))
        .isInstanceOf(RejectedWording.class).hasMessageContaining("5 sentences for 2 claims");
  }
}
