package org.newsbot.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeasersTest {

  @Test
  void shortOrTrailingTextIsATeaser() {
    assertThat(Teasers.isTeaser("")).isTrue();
    assertThat(Teasers.isTeaser("The council approved the budget.")).isTrue();
    String paragraph = "The regional council approved the new budget on Tuesday, officials said. ".repeat(12);
    assertThat(Teasers.isTeaser(paragraph)).isFalse();
    assertThat(Teasers.isTeaser(paragraph + " Read more")).isTrue();
    assertThat(Teasers.isTeaser(paragraph + " and then…")).isTrue();
    assertThat(Teasers.isTeaser(paragraph.repeat(3) + " [...]")).isFalse();
  }
}
