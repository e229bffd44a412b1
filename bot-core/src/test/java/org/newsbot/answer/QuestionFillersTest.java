package org.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fillers of question-fillers.txt come off; the question stays whole. */
class QuestionFillersTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "hey @newsbot who claimed responsibility?|Who claimed responsibility?",
      "hi bot, can you tell me how many people died?|How many people died?",
      "pls when did the embassy warn?|When did the embassy warn?",
      "@newsbot where did it happen?|Where did it happen?",
      "Hello! Do you know who won?|Who won?",
      "Who claimed responsibility?|Who claimed responsibility?",
      "So what happened in Moscow?|What happened in Moscow?",
      "hey|hey"})
  void fillersComeOff(String asked, String read) {
    assertThat(QuestionFillers.strip(asked)).isEqualTo(read);
  }
}
