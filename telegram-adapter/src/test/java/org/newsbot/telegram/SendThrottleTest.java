package org.newsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SendThrottleTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final SendThrottle throttle = new SendThrottle(new SendLimits(Duration.ofSeconds(1),
      Duration.ofSeconds(3), Duration.ofMillis(100)), now::get, nanos -> { });

  @Test
  void messagesToOneChatAreSpacedByItsInterval() {
    assertThat(throttle.reserve("42")).isZero();
    assertThat(millis(throttle.reserve("42"))).isEqualTo(1000);
    assertThat(millis(throttle.reserve("42"))).isEqualTo(2000);
  }

  @Test
  void groupsGetTheLongerInterval() {
    assertThat(throttle.reserve("-100123")).isZero();
    assertThat(millis(throttle.reserve("-100123"))).isEqualTo(3000);
  }

  @Test
  void allChatsTogetherAreSpacedByTheOverallInterval() {
    assertThat(millis(throttle.reserve("1"))).isZero();
    assertThat(millis(throttle.reserve("2"))).isEqualTo(100);
    assertThat(millis(throttle.reserve("3"))).isEqualTo(200);
  }

  @Test
  void timeThatPassedIsNotWaitedAgain() {
    throttle.reserve("42");
    now.addAndGet(Duration.ofMillis(1500).toNanos());
    assertThat(throttle.reserve("42")).isZero();
  }

  @Test
  void noLimitsMeanNoWaiting() {
    SendThrottle free = new SendThrottle(SendLimits.NONE, now::get, nanos -> { });
    for (int i = 0; i < 5; i++) {
      assertThat(free.reserve("42")).isZero();
    }
  }

  private static long millis(long nanos) {
    return Duration.ofNanos(nanos).toMillis();
  }
}
