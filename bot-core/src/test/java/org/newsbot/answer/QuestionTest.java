package org.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuestionTest {
  private static Question parse(String text) {
    return Question.parse(text, LocalDate.of(2024, 4, 10));
  }

  @Test
  void theKindOfQuestionDecidesTheKindOfAnswer() {
    assertThat(parse("How many people died?").type()).isEqualTo(QuestionType.COUNT);
    assertThat(parse("What was the death toll?").type()).isEqualTo(QuestionType.COUNT);
    assertThat(parse("When did the embassy warn?").type()).isEqualTo(QuestionType.DATE);
    assertThat(parse("Who claimed responsibility?").type()).isEqualTo(QuestionType.PERSON);
    assertThat(parse("Which militant group took responsibility?").type()).isEqualTo(QuestionType.PERSON);
    assertThat(parse("Where did the plane crash?").type()).isEqualTo(QuestionType.PLACE);
    assertThat(parse("Why did prices rise?").type()).isEqualTo(QuestionType.CAUSE);
    assertThat(parse("What did the minister say?").type()).isEqualTo(QuestionType.OTHER);
  }

  @Test
  void aLeadingPrepositionOrAnAdjectiveDoesNotHideTheKind() {
    assertThat(parse("Since what year has he been mayor?").type()).isEqualTo(QuestionType.DATE);
    assertThat(parse("At what age did he die?").type()).isEqualTo(QuestionType.AGE);
    assertThat(parse("How old was the pilot?").type()).isEqualTo(QuestionType.AGE);
    assertThat(parse("In which Austrian village do residents film the news?").type()).isEqualTo(QuestionType.PLACE);
    assertThat(parse("Which American firm withdrew from the contract?").type()).isEqualTo(QuestionType.PERSON);
    assertThat(parse("What time did the group arrive?").type()).isNotEqualTo(QuestionType.PERSON);
    assertThat(parse("What prison sentence did he receive?").type()).isEqualTo(QuestionType.OTHER);
    assertThat(parse("What was the flight number of the jet?").type()).isNotEqualTo(QuestionType.COUNT);
  }

  @Test
  void theSentenceThatAsksDecidesTheKind() {
    Question question = parse("Volkswagen is sending 1,650 workers home. When are they due back?");
    assertThat(question.type()).isEqualTo(QuestionType.DATE);
    assertThat(question.concepts()).extracting(Concept::stem).contains("volkswagen", "1,650");
    assertThat(parse("The bank raised its reserves. What's the new reserve ratio?").category()).contains("ratio");
    assertThat(parse("How many workers could walk out?").concepts()).extracting(Concept::stem).contains("strike");
  }

  @Test
  void causesAndTheThingsUnitsMeasureAreRead() {
    assertThat(parse("Why did the bridge collapse?").type()).isEqualTo(QuestionType.CAUSE);
    assertThat(parse("What caused the explosion at the refinery?").type()).isEqualTo(QuestionType.CAUSE);
    assertThat(parse("What illness caused his death?").type()).isEqualTo(QuestionType.OTHER);
    assertThat(parse("How many tonnes of beef does Cuba produce?").countedOf()).extracting(Concept::stem)
        .containsExactly("beef");
    assertThat(parse("How many people died?").countedOf()).isEmpty();
  }

  @Test
  void whoAndWhereQuestionsSayWhatTheirAnswerDid() {
    assertThat(parse("Who was arrested after the stabbing?").predicate()).extracting(Concept::stem)
        .containsExactly("arrest");
    assertThat(parse("Which militant group took responsibility for the attack?").predicate())
        .extracting(Concept::stem).containsExactly("claim", "respons");
    assertThat(parse("Who is set to take over from Pierre Nkurunziza?").predicate()).extracting(Concept::stem)
        .containsExactly("succe");
    assertThat(parse("Who was piloting the helicopter that crashed?").predicate()).extracting(Concept::stem)
        .containsExactly("pilot", "helicopt");
    assertThat(parse("How many people died?").predicate()).isEmpty();
  }

  @Test
  void paraphrasesAreRewrittenAndFunctionWordsDropped() {
    Question question = parse("Which group took responsibility for the bombing?");
    assertThat(question.concepts()).extracting(Concept::stem).contains("claim", "respons", "bomb")
        .doesNotContain("which", "took", "the");
    assertThat(parse("How many lost their lives?").concepts()).extracting(Concept::stem).containsExactly("di");
    assertThat(Concept.of("di").alternatives()).contains("kill", "dead", "death");
  }

  @Test
  void theWordsNamingTheKindOfAnswerAreItsCategory() {
    assertThat(parse("Which militant group took responsibility?").category()).containsExactlyInAnyOrder("milit", "group");
    assertThat(parse("What illness caused the death of Tony Mendez?").category()).containsExactly("ill");
    assertThat(parse("From which city was the plane carrying meat?").category()).containsExactly("citi");
    assertThat(parse("What is the capital of Canada?").category()).containsExactly("capit");
    assertThat(parse("What is the name of the mother of the boy?").category()).containsExactly("mother");
    assertThat(parse("What was Karsten Warholm's winning time in Doha?").category()).containsExactly("win", "time");
    assertThat(parse("Which American firm from Arlington withdrew?").category()).containsExactly("american", "firm");
    assertThat(parse("What was the number of victims?").category()).doesNotContain("number");
  }

  @Test
  void capitalisedWordsAfterTheFirstAreNames() {
    assertThat(parse("Who owns Crocus City Hall?").names()).containsExactlyInAnyOrder("crocu", "citi", "hall");
    assertThat(parse("Who won?").names()).isEmpty();
  }
}
