package org.newsbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Questions made from articles: every kind, and some that no article answers. */
class QuestionsTest {
  private static final ArticleSample.Article COCOA = new ArticleSample.Article("BAHIA COCOA REVIEW",
      "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought. "
          + "Arrivals for the week ended February 22 were 155,221 bags of 60 kilos, Comissaria Smith said. "
          + "The dry period means the temporao will be late this year, traders said on Tuesday.");

  @Test
  void makesTheAskedNumberOfQuestionsOfEveryKind() {
    List<String> questions = Questions.make(List.of(COCOA), 16, 1);

    assertThat(questions).hasSize(16).allSatisfy(q -> assertThat(q).endsWith("?"));
    assertThat(questions).contains("What happened with bahia cocoa review?", "When did bahia cocoa review happen?");
    assertThat(questions).anySatisfy(q -> assertThat(q).startsWith("How many bags"));
    assertThat(questions).anySatisfy(q -> assertThat(q).startsWith("Who said"));
    assertThat(questions).anySatisfy(q -> assertThat(q).startsWith("What was reported about"));
    // one in eight is about nothing in the articles
    assertThat(questions.get(7)).doesNotContainIgnoringCase("cocoa");
    assertThat(questions.get(15)).doesNotContainIgnoringCase("cocoa");
  }

  @Test
  void theSameSeedMakesTheSameQuestions() {
    assertThat(Questions.make(List.of(COCOA), 10, 5)).isEqualTo(Questions.make(List.of(COCOA), 10, 5));
  }
}
