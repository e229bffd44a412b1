package org.newsbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsbot.testing.TestDatabase;
import org.newsbot.testing.TestDatabase.Backend;

/** Leases on H2 and PostgreSQL: one holder at a time, renewed by it, taken over once expired. */
@ParameterizedClass(name = "on {0}")
@EnumSource(Backend.class)
class LeaseStoreTest {
  private static final Duration MINUTE = Duration.ofMinutes(1);

  @Parameter
  Backend backend;

  @TempDir
  Path data;

  private TestDatabase testDatabase;
  private Database database;
  /** The time every instance's clock shows; tests move it forward. */
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T10:00:00Z"));
  private final Clock clock = new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  };
  private LeaseStore leases;

  @BeforeEach
  void open() {
    testDatabase = TestDatabase.create(backend, data);
    database = testDatabase.open();
    leases = new LeaseStore(database, clock);
  }

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
    if (testDatabase != null) {
      testDatabase.close();
    }
  }

  @Test
  void aLeaseHasOneHolderUntilItIsReleased() {
    assertThat(leases.acquire("source:1", "a", MINUTE)).isTrue();
    assertThat(leases.acquire("source:1", "b", MINUTE)).isFalse();
    assertThat(leases.find("source:1")).hasValueSatisfying(lease -> {
      assertThat(lease.owner()).isEqualTo("a");
      assertThat(lease.expiresAt()).isEqualTo(now.get().plus(MINUTE));
    });
    // another name is another lease
    assertThat(leases.acquire("source:2", "b", MINUTE)).isTrue();

    leases.release("source:1", "b"); // not b's to give up
    assertThat(leases.acquire("source:1", "b", MINUTE)).isFalse();
    leases.release("source:1", "a");
    assertThat(leases.find("source:1")).isEmpty();
    assertThat(leases.acquire("source:1", "b", MINUTE)).isTrue();
  }

  @Test
  void theHolderRenewsItsLeaseAndAnExpiredLeaseIsTakenOver() {
    assertThat(leases.acquire("source:1", "a", MINUTE)).isTrue();
    now.set(now.get().plusSeconds(40));
    assertThat(leases.renew("source:1", "a", MINUTE)).isTrue();
    now.set(now.get().plusSeconds(40)); // 80 s after taking it, 40 s after renewing
    assertThat(leases.acquire("source:1", "b", MINUTE)).as("renewed, so still a's").isFalse();

    now.set(now.get().plusSeconds(21)); // a died: nobody renewed it for 61 s
    assertThat(leases.acquire("source:1", "b", MINUTE)).isTrue();
    assertThat(leases.find("source:1")).map(LeaseStore.Lease::owner).hasValue("b");
    assertThat(leases.renew("source:1", "a", MINUTE)).as("a lost it").isFalse();
    assertThat(leases.acquire("source:1", "b", MINUTE)).as("taking one's own lease again extends it").isTrue();
  }

  @Test
  void ofManyInstancesTakingOneLeaseAtOnceExactlyOneGetsIt() throws Exception {
    for (int round = 0; round < 6; round++) {
      String name = "source:" + round;
      if (round % 2 == 1) {
        // the lease of an instance that died: everyone races to take it over
        assertThat(leases.acquire(name, "dead", Duration.ofSeconds(1))).isTrue();
        now.set(now.get().plusSeconds(2));
      }
      int instances = 8;
      CountDownLatch start = new CountDownLatch(1);
      List<Database> pools = new ArrayList<>();
      List<Future<Boolean>> results = new ArrayList<>();
      ExecutorService threads = Executors.newFixedThreadPool(instances);
      try {
        for (int i = 0; i < instances; i++) {
          // each instance on a connection pool of its own, as separate processes would be
          Database pool = testDatabase.open();
          pools.add(pool);
          LeaseStore own = new LeaseStore(pool, clock);
          String owner = "instance-" + i;
          Callable<Boolean> take = () -> {
            start.await();
            return own.acquire(name, owner, MINUTE);
          };
          results.add(threads.submit(take));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> result : results) {
          winners += result.get() ? 1 : 0;
        }
        assertThat(winners).as("round " + round).isEqualTo(1);
      } finally {
        threads.shutdownNow();
        pools.forEach(Database::close);
      }
    }
  }
}
