package org.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeFrameTest {
  private static final LocalDate TODAY = LocalDate.of(2024, 4, 10); // a Wednesday

  @Test
  void relativePeriodsCountFromToday() {
    assertThat(TimeFrame.parse("What happened today?", TODAY)).satisfies(t -> {
      assertThat(t.from()).isEqualTo(TODAY);
      assertThat(t.to()).isEqualTo(TODAY);
      assertThat(t.remainder()).doesNotContain("today");
    });
    assertThat(TimeFrame.parse("Any news this week?", TODAY).from()).isEqualTo(LocalDate.of(2024, 4, 8));
    assertThat(TimeFrame.parse("What happened last week?", TODAY)).satisfies(t -> {
      assertThat(t.from()).isEqualTo(LocalDate.of(2024, 4, 1));
      assertThat(t.to()).isEqualTo(LocalDate.of(2024, 4, 7));
    });
    assertThat(TimeFrame.parse("What happened yesterday?", TODAY).from()).isEqualTo(LocalDate.of(2024, 4, 9));
  }

  @Test
  void sinceAndInAMonthAreDateRanges() {
    assertThat(TimeFrame.parse("What changed since March 5, 2024?", TODAY).from()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(TimeFrame.parse("What changed since 5 March 2024?", TODAY).from()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(TimeFrame.parse("What changed since 2024-03-05?", TODAY).from()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(TimeFrame.parse("What changed since March 2024?", TODAY).from()).isEqualTo(LocalDate.of(2024, 3, 1));
    TimeFrame march = TimeFrame.parse("Who was arrested in March 2024?", TODAY);
    assertThat(march.from()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(march.to()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(march.contains(LocalDate.of(2024, 3, 31))).isTrue();
    assertThat(march.contains(LocalDate.of(2024, 4, 1))).isFalse();
    assertThat(march.contains(null)).isFalse();
  }

  @Test
  void latestOrdersWithoutFiltering() {
    TimeFrame latest = TimeFrame.parse("What is the latest on the attack?", TODAY);
    assertThat(latest.latestFirst()).isTrue();
    assertThat(latest.filters()).isFalse();
    assertThat(latest.contains(null)).isTrue();
  }

  @Test
  void aYearAloneIsAboutTheEventNotThePublication() {
    TimeFrame frame = TimeFrame.parse("Which exoplanet did they discover in 1995?", TODAY);
    assertThat(frame.filters()).isFalse();
    assertThat(frame.remainder()).contains("1995");
  }
}
