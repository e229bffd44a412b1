package org.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContrastingNameTest {
  @Test
  void aFramedNameIsReadFromTheQuestion() {
    assertThat(ContrastingName.in("Who won the 2019 Nobel Prize in Chemistry?"))
        .containsExactly(new ContrastingName("Nobel Prize in", "Chemistry"));
    assertThat(ContrastingName.in("What did the National Union of Mineworkers' leaders say?"))
        .containsExactly(new ContrastingName("National Union of", "Mineworkers"));
    assertThat(ContrastingName.in("How many people died in the attack?")).isEmpty();
  }

  @Test
  void anArticleFillingTheFrameOtherwiseContradictsIt() {
    ContrastingName chemistry = new ContrastingName("Nobel Prize in", "Chemistry");
    assertThat(chemistry.contradictedBy("The winners of the 2019 Nobel Prize in Physics were announced.")).isTrue();
    assertThat(chemistry.contradictedBy("The Nobel Prize in Physics and the Nobel Prize in Chemistry.")).isFalse();
    assertThat(chemistry.contradictedBy("He won a Nobel Prize.")).isFalse();
    ContrastingName base = new ContrastingName("Riquelme Base in", "Antarctica");
    assertThat(base.contradictedBy("The O'Higgins Riquelme Base in Trinity Peninsula, Antarctica.")).isFalse();
  }
}
