package org.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of answer-kinds.txt and the nouns of kind-nouns.txt. */
class AnswerKindTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "How many people died?|COUNT",
      "Around how many workers walked off the job?|COUNT",
      "What was the death toll?|COUNT",
      "How much did the painting sell for?|MONEY",
      "How much of the vote did she win?|PERCENT",
      "How long did the rescue take?|DURATION",
      "How long before the attack did the embassy warn?|DURATION",
      "How many weeks did the strike last?|DURATION",
      "How old was the pilot?|AGE",
      "At what age did he die?|AGE",
      "When did the embassy warn?|DATE",
      "Since what year has he been mayor?|DATE",
      "Who claimed responsibility?|PERSON",
      "Where did the plane crash?|PLACE",
      "Why did prices rise?|CAUSE",
      "What caused the explosion?|CAUSE",
      "Which NFL player complained after the traffic stop?|PERSON",
      "Which tennis star withdrew?|PERSON",
      "Which retailer closed its stores?|ORGANISATION",
      "Which militant group took responsibility?|ORGANISATION",
      "Which band was supposed to play?|ORGANISATION",
      "In which Austrian village do residents film the news?|PLACE",
      "What prison sentence did he receive?|DURATION",
      "What percentage of voters turned out?|PERCENT",
      "What price did the house fetch?|MONEY",
      "What is the capital of Canada?|PLACE",
      "Which ship sank off the coast?|NAME",
      "What did the minister say?|OTHER",
      "What illness caused his death?|OTHER"})
  void theKindAskedFor(String question, AnswerKind kind) {
    assertThat(AnswerKind.of(question).kind()).isEqualTo(kind);
  }

  @Test
  void theNounThatNamesTheKindIsKept() {
    assertThat(AnswerKind.of("Which NFL player complained?").noun()).isEqualTo("player");
    assertThat(AnswerKind.of("Who won?").noun()).isNull();
  }

  @Test
  void pluralNounsNameTheirKind() {
    assertThat(AnswerKind.noun("retailers")).isEqualTo(AnswerKind.ORGANISATION);
    assertThat(AnswerKind.noun("spaceship")).isNull();
  }
}
