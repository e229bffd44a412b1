package org.newsbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole bench on a made-up corpus of a few dozen articles and a few questions, built once and reused. */
class BenchTest {
  @TempDir
  Path corpus;

  @TempDir
  Path sets;

  @TempDir
  Path work;

  @BeforeEach
  void writeCorpusAndQuestions() {
    TinyCorpus.write(corpus, 30, 12);
    TinyCorpus.writeQuestions(sets);
  }

  @Test
  void buildsBothSetsEmbeddingEveryPassageThenReusesTheKeptFolder() throws Exception {
    // a folder that an unfinished build left, without its marker, is built again
    Files.createDirectories(work.resolve("reuters"));
    Files.writeString(work.resolve("reuters/left-over.txt"), "from a run that was stopped");

    BenchReport first = Bench.run(options(11));

    assertThat(work.resolve("reuters/left-over.txt")).doesNotExist();
    assertThat(first.sets()).hasSize(2);
    assertThat(first.asked().available()).isEqualTo(9);
    assertThat(first.asked().timed()).isEqualTo(11);
    assertThat(first.asked().timedBySet().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(11);
    BenchReport.DataSet reuters = first.sets().get(0);
    assertThat(reuters.imported().inputArticles()).isEqualTo(31);
    assertThat(reuters.imported().imported()).isEqualTo(30);
    assertThat(reuters.imported().skipped()).isEqualTo(1);
    assertThat(first.sets().get(1).imported().imported()).isEqualTo(40);
    for (BenchReport.DataSet set : first.sets()) {
      assertThat(set.provenance().kept()).isFalse();
      assertThat(set.imported().rate()).isPositive();
      // every article embedded, each over all its passages (a tiny article has two)
      assertThat(set.embedding().waiting()).isEqualTo(set.imported().imported());
      assertThat(set.embedding().embedded()).isEqualTo(set.imported().imported());
      assertThat(set.embedding().passages()).isEqualTo(2 * set.embedding().embedded());
      assertThat(set.embedding().remaining()).isZero();
      assertThat(set.embedding().rate()).isPositive();
      assertThat(set.embedding().passageRate()).isGreaterThan(set.embedding().rate());
      for (Latency latency : new Latency[] {set.keywords().latency(), set.semantic().latency(), set.floor().latency()}) {
        assertThat(latency.count()).isEqualTo(11);
        assertThat(latency.percentileMillis(50)).isPositive();
        assertThat(latency.percentileMillis(99)).isGreaterThanOrEqualTo(latency.percentileMillis(50));
      }
      assertThat(set.keywords().answeredBySet().keySet()).containsExactlyInAnyOrder("towns", "elsewhere");
      assertThat(set.semantic().answeredBySet().get("towns")).isPositive();
      assertThat(set.floor().withHits()).isPositive();
      assertThat(set.indexBytes()).isPositive();
      assertThat(set.imported().heap().usedBytes()).isPositive();
      assertThat(BuiltSet.read(work.resolve(set == reuters ? "reuters" : "mixed")).complete()).isTrue();
    }
    assertThat(first.render())
        .contains("IMPORT RATE, keyword-searchable", "EMBEDDING TIME", "EMBEDDING RATE", "passages/s",
            "ASK, keywords only", "ASK, with semantic", "process CPU per question", "BARE BM25 top 10", "PEAK HEAP", "Reuters-21578",
            "mixed 40", "max heap", "towns (7)", "elsewhere (2)")
        .doesNotContain("kept folder");

    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    BenchReport second = Bench.run(new BenchOptions(corpus, sets, 40, 0, 1, false, work,
        new PrintStream(progress, true, StandardCharsets.UTF_8)));

    assertThat(progress.toString(StandardCharsets.UTF_8)).contains("reusing the set built in")
        .doesNotContain("importing", "embedding every passage");
    assertThat(second.asked().timed()).isEqualTo(9);
    for (int i = 0; i < 2; i++) {
      BenchReport.DataSet before = first.sets().get(i);
      BenchReport.DataSet again = second.sets().get(i);
      assertThat(again.provenance().kept()).isTrue();
      assertThat(again.provenance().builtOn()).isEqualTo(before.provenance().builtOn());
      assertThat(again.imported()).isEqualTo(before.imported());
      assertThat(again.embedding()).isEqualTo(before.embedding());
      assertThat(again.semantic().latency().count()).isEqualTo(9);
    }
    assertThat(second.render()).contains("kept folder, " + first.sets().get(0).provenance().builtOn().substring(0, 10),
        "from the kept folder");
  }

  @Test
  void aKeptFolderBuiltFromOtherInputIsAClearError() throws Exception {
    Files.createDirectories(work.resolve("reuters"));
    new BuiltSet("another corpus", null, BenchReport.Embedding.none(0), "2024-03-30T10:00:00Z", true)
        .write(work.resolve("reuters"));

    assertThatThrownBy(() -> Bench.run(options(3))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds a set built from another corpus").hasMessageContaining("--work-dir");
  }

  private BenchOptions options(int questions) {
    return new BenchOptions(corpus, sets, 40, questions, 2, false, work, new PrintStream(OutputStream.nullOutputStream()));
  }
}
