package org.newsbot.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PollPolicyTest {
  private static final Instant NOW = Instant.parse("2024-04-02T10:00:00Z");
  private static final Duration FIFTEEN = Duration.ofMinutes(15);

  @Test
  void afterSuccessWaitsTheIntervalOrWhatTheFeedAsksWithinADay() {
    assertThat(PollPolicy.afterSuccess(NOW, FIFTEEN, null, null))
        .isBetween(NOW.plus(FIFTEEN), NOW.plus(FIFTEEN).plus(Duration.ofSeconds(45)));
    assertThat(PollPolicy.afterSuccess(NOW, FIFTEEN, Duration.ofHours(1), null)).isAfterOrEqualTo(NOW.plus(Duration.ofHours(1)));
    assertThat(PollPolicy.afterSuccess(NOW, FIFTEEN, Duration.ofMinutes(5), Duration.ofMinutes(90)))
        .isAfterOrEqualTo(NOW.plus(Duration.ofMinutes(90)));
    assertThat(PollPolicy.afterSuccess(NOW, FIFTEEN, Duration.ofDays(30), null))
        .isBefore(NOW.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)));
  }

  @Test
  void failuresBackOffExponentiallyUpToTheCapAndHonourRetryAfter() {
    Duration cap = Duration.ofHours(6);
    assertThat(PollPolicy.afterFailure(NOW, FIFTEEN, 1, null, cap)).isEqualTo(NOW.plus(FIFTEEN));
    assertThat(PollPolicy.afterFailure(NOW, FIFTEEN, 2, null, cap)).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    assertThat(PollPolicy.afterFailure(NOW, FIFTEEN, 4, null, cap)).isEqualTo(NOW.plus(Duration.ofHours(2)));
    assertThat(PollPolicy.afterFailure(NOW, FIFTEEN, 50, null, cap)).isEqualTo(NOW.plus(cap));
    assertThat(PollPolicy.afterFailure(NOW, FIFTEEN, 1, Duration.ofHours(3), cap)).isEqualTo(NOW.plus(Duration.ofHours(3)));
    assertThat(PollPolicy.afterFailure(NOW, FIFTEEN, 1, Duration.ofDays(365), cap)).isEqualTo(NOW.plus(Duration.ofDays(7)));
  }
}
