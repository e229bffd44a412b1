package org.newsbot.answer.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbot.answer.Claim;

class CitedSentencesTest {
  @Test
  void marksMayStandBeforeOrAfterTheFullStop() throws RejectedWording {
    assertThat(CitedSentences.parse("Ten people died [1][2]. The U.S. embassy warned of attacks. [3]"))
        .containsExactly(new Claim("Ten people died.", List.of(1, 2)),
            new Claim("The U.S. embassy warned of attacks.", List.of(3)));
  }

  @Test
  void commaSeparatedMarksListsAndReasoningAreRead() throws RejectedWording {
    assertThat(CitedSentences.parse("<think>the claims say ten</think>\n- Ten people died [1, 2].\n- It burned [2]."))
        .containsExactly(new Claim("Ten people died.", List.of(1, 2)), new Claim("It burned.", List.of(2)));
  }

  @Test
  void aSentenceAfterTheLastMarksIsUncited() {
    assertThatThrownBy(() -> CitedSentences.parse("Ten people died [1]. The fire spread quickly."))
        .isInstanceOf(RejectedWording.class).hasMessageContaining("carries no citation: 'The fire spread quickly.'");
  }

  @Test
  void marksInsideASentenceAreRefused() {
    assertThatThrownBy(() -> CitedSentences.parse("Ten people died [1] and the fire spread [2]."))
        .isInstanceOf(RejectedWording.class).hasMessageContaining("inside a sentence");
  }

  @Test
  void aReplyWithoutMarksIsRefused() {
    assertThatThrownBy(() -> CitedSentences.parse("Ten people died."))
        .isInstanceOf(RejectedWording.class).hasMessageContaining("carries no citation");
    assertThatThrownBy(() -> CitedSentences.parse("[1][2]"))
        .isInstanceOf(RejectedWording.class).hasMessageContaining("no sentence precedes");
  }
}
