package org.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The patterns of entities.txt: what a sentence gives of each kind, beyond the question's words. */
class EntitiesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "COUNT|At least 143 people were killed in the attack.|true",
      "COUNT|In 2019 the plant closed.|false",
      "COUNT|Dozens of workers walked out.|true",
      "MONEY|The painting sold for $4.5m at auction.|true",
      "MONEY|The firm paid 300 million euros.|true",
      "PERCENT|Turnout rose to 61 per cent.|true",
      "DATE|The embassy warned on March 7 of attacks.|true",
      "DATE|The embassy warned of attacks.|false",
      "DURATION|The warning came more than two weeks before the attack.|true",
      "DURATION|It took more than an hour to put out the fire.|true",
      "AGE|The pilot, aged 54, survived.|true",
      "AGE|Smith, 64, was arrested.|true",
      "PERSON|Police pulled Miami Dolphins wide receiver Tyreek Hill out of his car.|true",
      "PERSON|President Joe Biden said the talks would go on.|true",
      "ORGANISATION|The contract went to Contrack International Inc of Arlington.|true",
      "PLACE|The plane came down near Vienna on Monday.|true",
      "NAME|The Islamic State group claimed responsibility.|true",
      "NAME|the attack was claimed by no one.|false",
      "CAUSE|The bridge collapsed because of heavy rain.|true"})
  void aSentenceGivesAKind(AnswerKind kind, String sentence, boolean gives) {
    assertThat(Entities.gives(kind, sentence, Set.of())).as(sentence).isEqualTo(gives);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "PLACE|The plane came down near Vienna.|vienna",
      "COUNT|Flight 752 crashed.|752",
      "PERSON|President Joe Biden spoke.|president joe biden"})
  void whatTheQuestionHoldsIsNoAnswer(AnswerKind kind, String sentence, String questionWords) {
    assertThat(Entities.gives(kind, sentence, Set.of(questionWords.split(" ")))).isFalse();
  }
}
