package org.newsbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole bench on a made-up corpus of a few hundred articles and a few questions. */
class BenchTest {
  @TempDir
  Path corpus;

  @TempDir
  Path work;

  @Test
  void measuresBothSetsAndReportsPositiveFigures() throws Exception {
    TinyCorpus.write(corpus, 200, 60);

    BenchReport report = Bench.run(new BenchOptions(corpus, corpus, 300, 6, 2, false, work,
        new PrintStream(OutputStream.nullOutputStream())));

    assertThat(report.sets()).hasSize(2);
    BenchReport.DataSet reuters = report.sets().get(0);
    assertThat(reuters.imported().inputArticles()).isEqualTo(201);
    assertThat(reuters.imported().imported()).isEqualTo(200);
    assertThat(reuters.imported().skipped()).isEqualTo(1);
    BenchReport.DataSet mixed = report.sets().get(1);
    assertThat(mixed.imported().imported()).isEqualTo(300);
    for (BenchReport.DataSet set : report.sets()) {
      assertThat(set.imported().rate()).isPositive();
      assertThat(set.embedding().embedded()).isEqualTo(5);
      assertThat(set.embedding().rate()).isPositive();
      assertThat(set.imported().awaitingEmbeddings()).isEqualTo(set.imported().imported() - 5);
      for (Latency latency : new Latency[] {set.keywords().latency(), set.semantic().latency(), set.floor().latency()}) {
        assertThat(latency.count()).isEqualTo(6);
        assertThat(latency.percentileMillis(50)).isPositive();
        assertThat(latency.percentileMillis(99)).isGreaterThanOrEqualTo(latency.percentileMillis(50));
      }
      assertThat(set.keywords().answered()).isPositive();
      assertThat(set.floor().withHits()).isPositive();
      assertThat(set.indexBytes()).isPositive();
      assertThat(set.databaseBytes()).isPositive();
      assertThat(set.imported().heap().usedBytes()).isPositive();
    }
    assertThat(report.overallHeap().usedBytes()).isPositive();
    assertThat(report.render())
        .contains("IMPORT RATE, keyword-searchable", "EMBEDDING RATE", "ASK, keywords only", "ASK, with semantic",
            "BARE BM25 top 10", "PEAK HEAP", "Reuters-21578", "mixed 300", "max heap");
  }
}
