package org.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FactsTest {
  @Test
  void agesAreTheAgesPeopleAreGiven() {
    assertThat(Facts.fits(QuestionType.AGE, "He was 101 and died of pneumonia in La Jolla.", Set.of())).isTrue();
    assertThat(Facts.fits(QuestionType.AGE, "Five girls, all aged fifteen, died.", Set.of())).isTrue();
    assertThat(Facts.fits(QuestionType.AGE, "The pilot, a 45-year-old man, survived.", Set.of())).isTrue();
    assertThat(Facts.fits(QuestionType.AGE, "Smith, 64, was arrested.", Set.of())).isTrue();
    assertThat(Facts.fits(QuestionType.AGE, "Prices were 12 percent higher.", Set.of())).isFalse();
    assertThat(Facts.fits(QuestionType.AGE, "The oceanographer died on Friday.", Set.of())).isFalse();
  }

  @Test
  void aPlaceAnswersWhereOnlyAfterAPrepositionThatFitsTheQuestion() {
    Set<String> inWhichCity = Set.of("in", "which", "city", "did", "kipchoge", "run");
    assertThat(Facts.fits(QuestionType.PLACE, "Kipchoge from Kenya ran a marathon.", inWhichCity)).isFalse();
    assertThat(Facts.fits(QuestionType.PLACE, "Kipchoge ran in Vienna, Austria.", inWhichCity)).isTrue();
    Set<String> whereFrom = Set.of("which", "town", "were", "the", "children", "from");
    assertThat(Facts.fits(QuestionType.PLACE, "The children were all from Marksville.", whereFrom)).isTrue();
  }

  @Test
  void aCauseIsGivenByWhatBroughtItAbout() {
    assertThat(Facts.fits(QuestionType.CAUSE, "The blast was caused by a gas leak.", Set.of())).isTrue();
    assertThat(Facts.fits(QuestionType.CAUSE, "The plant shut because of the strike.", Set.of())).isTrue();
    assertThat(Facts.fits(QuestionType.CAUSE, "Prices rose after the factory closed.", Set.of())).isTrue();
    assertThat(Facts.fits(QuestionType.CAUSE, "Iran shot the jet down, blaming human error.", Set.of())).isTrue();
    assertThat(Facts.fits(QuestionType.CAUSE, "The explosion damaged the unit.", Set.of())).isFalse();
  }

  @Test
  void ranksAndAmountsAreFigures() {
    assertThat(Facts.hasFigure("She finished fifth in the final.", Set.of())).isTrue();
    assertThat(Facts.hasFigure("It was sold for £10.3m in 2001.", Set.of())).isTrue();
    assertThat(Facts.hasFigure("It was sold in 2001.", Set.of())).isFalse();
    assertThat(Facts.hasFigure("He won the 400 metres final.", Set.of("400", "metres"))).isFalse();
  }
}
