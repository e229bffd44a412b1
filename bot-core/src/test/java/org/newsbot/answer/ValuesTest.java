package org.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValuesTest {
  private static final List<Concept> DIED = List.of(Concept.of("di"));

  @Test
  void aCountIsTheFigureNextToWhatIsCounted() {
    assertThat(Values.of(AnswerKind.COUNT, "144 people died in the attack.", DIED, Set.of())).isEqualTo("144");
    assertThat(Values.of(AnswerKind.COUNT, "At least 143 people were killed in the shooting, the deadliest since 2004.",
        DIED, Set.of())).isEqualTo("143");
    assertThat(Values.of(AnswerKind.COUNT, "The attack that caused over 140 deaths on March 22 was foreseen.",
        DIED, Set.of())).isEqualTo("over 140");
    assertThat(Values.of(AnswerKind.COUNT, "A total of 1,200 people were killed.", DIED, Set.of())).isEqualTo("1200");
  }

  @Test
  void yearsDaysOfTheMonthAndFiguresOfTheQuestionAreNoCounts() {
    assertThat(Values.of(AnswerKind.COUNT, "In 2019 the plant was closed and nobody died.", DIED, Set.of())).isNull();
    assertThat(Values.of(AnswerKind.COUNT, "He died on March 22.", DIED, Set.of())).isNull();
    assertThat(Values.of(AnswerKind.COUNT, "Flight 752 crashed and everyone died.", DIED, Set.of("752"))).isNull();
    assertThat(Values.of(AnswerKind.COUNT, "The 12 ministers met while, far away and much later, people died.",
        DIED, Set.of())).isNull();
  }

  @Test
  void aDateIsTheOneDayASentenceNames() {
    assertThat(Values.of(AnswerKind.DATE, "On March 7 the embassy warned of attacks.", List.of(), Set.of()))
        .isEqualTo("March 7");
    assertThat(Values.of(AnswerKind.DATE, "On 8 March the embassy warned again.", List.of(), Set.of()))
        .isEqualTo("March 8");
    assertThat(Values.of(AnswerKind.DATE, "On March 7 and 8, several embassies warned.", List.of(), Set.of())).isNull();
    assertThat(Values.of(AnswerKind.DATE, "It warned on March 7 and the attack came on March 22.", List.of(), Set.of()))
        .isNull();
  }

  @Test
  void onlyPlainValuesContradictEachOther() {
    assertThat(Values.plain("144")).isTrue();
    assertThat(Values.plain("March 7")).isTrue();
    assertThat(Values.plain("over 140")).isFalse();
  }
}
