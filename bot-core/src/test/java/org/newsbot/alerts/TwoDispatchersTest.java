package org.newsbot.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.store.StoryStore;
import org.newsbot.story.StoryClusters;
import org.newsbot.testing.TestDatabase.Backend;

/**
 * Two instances on one PostgreSQL drain one outbox at the same time, as several newsbots on one
 * database do: every alert goes out once.
 */
class TwoDispatchersTest {
  @TempDir
  Path dir;

  @Test
  void twoDispatchersOnOneDatabaseSendEveryAlertOnce() throws Exception {
    AlertSettings settings = AlertSettings.defaults().withRates(0, 0);
    try (AlertsFixture first = new AlertsFixture(dir, Clock.systemUTC(), settings, Backend.POSTGRES);
        Alerts second = new Alerts(first.database.dataSource(), first.articles,
            new ClusteredStories(new StoryClusters(new StoryStore(first.database))), Clock.systemUTC())) {
      second.configure(settings);
      second.platforms().register(first.platform); // one chat platform, reached from both instances
      for (int room = 0; room < 6; room++) {
        first.say("room-" + room, "/subscribe harbour");
      }
      for (int i = 0; i < 30; i++) {
        first.save("https://port.example/item-" + i, "Harbour item " + i,
            "Harbour report " + i + ": cargo ship number " + i + " docked at berth " + (i % 7) + " today.");
      }
      first.alerts.matchPending();
      long queued = first.alerts.outboxCount("PENDING");
      assertThat(queued).isEqualTo(180);

      CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> drain(first.alerts));
      CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> drain(second));
      int sent = a.get() + b.get();

      Map<String, Long> perKey = first.platform.sent().stream()
          .collect(Collectors.groupingBy(s -> s.chatId() + " " + s.key(), Collectors.counting()));
      assertThat(perKey).hasSize(180).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
      assertThat(sent).isEqualTo(180);
      assertThat(first.alerts.outboxCount("SENT")).isEqualTo(180);
    }
  }

  private static int drain(Alerts alerts) {
    int total = 0;
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (alerts.outboxCount("PENDING") > 0 && System.nanoTime() < deadline) {
      total += alerts.dispatchPending();
    }
    return total;
  }
}
