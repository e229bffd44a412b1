package org.newsbot.app.owner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder's lock across processes: one holder at a time, free again the moment a holder is
 * killed with SIGKILL, and then taken by exactly one of the processes that race for it.
 */
class OwnerLockTest {
  @TempDir
  Path dir;

  private final List<Process> children = new ArrayList<>();

  @AfterEach
  void killChildren() throws InterruptedException {
    for (Process child : children) {
      child.destroyForcibly();
      child.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private Process holder() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process process = new ProcessBuilder(java, "-Xmx32m", "-XX:TieredStopAtLevel=1", "-cp", classpath,
        LockHolder.class.getName(), dir.toString()).redirectErrorStream(true).start();
    children.add(process);
    return process;
  }

  private static String firstLine(Process process) throws IOException {
    return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
  }

  @Test
  void aFolderHasOneOwnerAndAKilledOwnersLockIsTakenOverByExactlyOne() throws Exception {
    Process first = holder();
    assertThat(firstLine(first)).isEqualTo("got 0");
    assertThat(OwnerLock.tryAcquire(dir, "test")).isEmpty();
    assertThat(OwnerRecord.read(dir)).hasValueSatisfying(record -> {
      assertThat(record.pid()).isEqualTo(first.pid());
      assertThat(record.alive()).isTrue();
    });

    first.destroyForcibly(); // SIGKILL: no chance to clean up
    first.waitFor(10, TimeUnit.SECONDS);
    assertThat(OwnerRecord.read(dir)).hasValueSatisfying(record -> assertThat(record.alive()).isFalse());

    List<Process> racers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      racers.add(holder());
    }
    List<String> answers = new ArrayList<>();
    for (Process racer : racers) {
      answers.add(firstLine(racer));
    }
    // the one that got it names the killed owner it took over from
    assertThat(answers).containsOnlyOnce("got " + first.pid());
    assertThat(answers.stream().filter("held"::equals)).hasSize(3);
  }

  @Test
  void aClosedLockLeavesNoRecordAndIsFreeAtOnce() throws IOException {
    Optional<OwnerLock> lock = OwnerLock.tryAcquire(dir, "import");
    assertThat(lock).isPresent();
    assertThat(OwnerRecord.read(dir)).hasValueSatisfying(record -> {
      assertThat(record.pid()).isEqualTo(ProcessHandle.current().pid());
      assertThat(record.command()).isEqualTo("import");
    });
    lock.get().close();
    assertThat(OwnerRecord.read(dir)).isEmpty();
    try (OwnerLock again = OwnerLock.tryAcquire(dir, "ask").orElseThrow()) {
      assertThat(again.abandonedBy()).isEmpty();
    }
  }
}
