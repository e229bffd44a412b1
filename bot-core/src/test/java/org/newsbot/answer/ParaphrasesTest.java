package org.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The phrases and word groups of paraphrases.txt. */
class ParaphrasesTest {
  @Test
  void phrasesAreRewrittenToTheWordReportsUse() {
    assertThat(Paraphrases.normalize("How many lost their lives?")).isEqualTo("How many died?");
    assertThat(Paraphrases.normalize("Who took responsibility?")).isEqualTo("Who claimed responsibility?");
    assertThat(Paraphrases.normalize("What's the toll?")).isEqualTo("What is the toll?");
  }

  @Test
  void wordsOfAGroupStandForEachOther() {
    assertThat(Paraphrases.alternatives("di")).contains("kill", "dead", "death");
    assertThat(Paraphrases.alternatives("locat")).contains("situat", "base");
    assertThat(Paraphrases.alternatives("suppos")).contains("schedul");
    assertThat(Paraphrases.alternatives("zebra")).containsExactly("zebra");
  }
}
