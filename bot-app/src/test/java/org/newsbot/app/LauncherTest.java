package org.newsbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's memory settings, read from the command it would run: a bounded heap from
 * {@code jvm.heap} (the file found as newsbot finds it) or NEWSBOT_JVM_HEAP, 512m by default, and
 * G1 settings that give unused memory back.
 */
class LauncherTest {
  @TempDir
  Path dir;

  private record Launch(int code, List<String> words, String err) {}

  private Launch launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", Path.of("..", "newsbot").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(key -> key.startsWith("NEWSBOT_"));
    builder.environment().put("NEWSBOT_LAUNCHER_PRINT", "1");
    builder.environment().putAll(env);
    builder.redirectError(dir.resolve("err.txt").toFile());
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Launch(process.exitValue(), out.lines().toList(), Files.readString(dir.resolve("err.txt")));
  }

  @Test
  void theHeapIsBoundedAndMemoryIsGivenBack() throws Exception {
    Launch plain = launch(Map.of(), "--data", dir.resolve("none").toString(), "run");
    assertThat(plain.code()).as(plain.err()).isZero();
    assertThat(plain.words()).contains("-Xmx512m", "-XX:+UseG1GC", "-XX:G1PeriodicGCInterval=60000",
        "-XX:MaxHeapFreeRatio=30").endsWith("run");
  }

  @Test
  void theHeapComesFromTheConfigurationOrTheEnvironment() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("newsbot.yml"), "jvm:\n  heap: \"1g\"   # for the big index\nsources:\n  heap: 3g\n");
    assertThat(launch(Map.of(), "--data", data.toString(), "run").words()).contains("-Xmx1g").doesNotContain("-Xmx512m");
    assertThat(launch(Map.of("NEWSBOT_DATA", data.toString()), "ask", "x").words()).contains("-Xmx1g");
    assertThat(launch(Map.of("NEWSBOT_JVM_HEAP", "300m"), "--data", data.toString()).words()).contains("-Xmx300m");

    Launch wrong = launch(Map.of("NEWSBOT_JVM_HEAP", "lots"), "run");
    assertThat(wrong.code()).isEqualTo(1);
    assertThat(wrong.err()).contains("jvm.heap must be a size such as 512m or 2g, not 'lots'");
  }
}
