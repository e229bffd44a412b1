package org.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionTest {
  private static Question parse(String text) {
    return Question.parse(text, QuestionFillers.strip(text), List.of(), LocalDate.of(2024, 4, 10));
  }

  @Test
  void theSentenceThatAsksDecidesTheKind() {
    Question question = parse("Volkswagen is sending 1,650 workers home. When are they due back?");
    assertThat(question.kind()).isEqualTo(AnswerKind.DATE);
    assertThat(question.concepts()).extracting(Concept::stem).contains("volkswagen", "1,650");
    assertThat(parse("The strike began this week. Around how many workers walked off the job?").kind())
        .isEqualTo(AnswerKind.COUNT);
  }

  @Test
  void paraphrasesAreRewrittenAndFunctionWordsDropped() {
    Question question = parse("Which group took responsibility for the bombing?");
    assertThat(question.concepts()).extracting(Concept::stem).contains("claim", "respons", "bomb")
        .doesNotContain("which", "took", "the");
    assertThat(parse("How many lost their lives?").concepts()).extracting(Concept::stem).containsExactly("di");
    assertThat(parse("How many workers could walk out?").concepts()).extracting(Concept::stem).contains("strike");
  }

  @Test
  void theNounNamingTheKindIsWeighedApart() {
    Question question = parse("Which NFL player complained after the traffic stop?");
    assertThat(question.kind()).isEqualTo(AnswerKind.PERSON);
    assertThat(question.kindWords()).containsExactly("player");
    assertThat(question.concepts()).extracting(Concept::stem).contains("player", "nfl", "complain");
  }

  @Test
  void capitalisedWordsAfterTheFirstAreNames() {
    assertThat(parse("Who owns Crocus City Hall?").names()).containsExactlyInAnyOrder("crocu", "citi", "hall");
    assertThat(parse("Who won?").names()).isEmpty();
  }

  @Test
  void howManyQuestionsSayWhatTheyCount() {
    assertThat(parse("How many people were injured in the blast?").counted()).extracting(Concept::stem)
        .containsExactly("peopl");
  }

  @Test
  void aGreetingAndAMentionAreNotPartOfTheQuestion() {
    Question question = parse("hey @newsbot who claimed responsibility for the Crocus City Hall attack?");
    assertThat(question.read()).startsWith("Who claimed");
    assertThat(question.kind()).isEqualTo(AnswerKind.PERSON);
    assertThat(question.concepts()).extracting(Concept::stem).doesNotContain("hei", "hey", "newsbot");
  }

  @Test
  void timeWordsLeaveTheSearchWords() {
    Question question = parse("Who won the election this week?");
    assertThat(question.time().filters()).isTrue();
    assertThat(question.concepts()).extracting(Concept::stem).containsExactly("won", "elect");
  }
}
