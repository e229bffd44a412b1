package org.newsbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.bench.TinyCorpus;

/** 'newsbot bench' prints its table and leaves no data behind. */
class BenchCommandTest {
  @TempDir
  Path corpus;

  @TempDir
  Path sets;

  @Test
  void printsTheTableAndDeletesItsDataFolder() {
    TinyCorpus.write(corpus, 12, 4);
    TinyCorpus.writeQuestions(sets);

    Cli.Result result = Cli.run("bench", "--corpus-dir", corpus.toString(), "--question-sets", sets.toString(),
        "--skip-100k", "--questions", "4", "--warmup", "1");

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).contains("IMPORT RATE, keyword-searchable", "Reuters-21578", "ASK, with semantic")
        .doesNotContain("mixed");
    Matcher working = Pattern.compile("bench: working in (\\S+)").matcher(result.err());
    assertThat(working.find()).as(result.err()).isTrue();
    assertThat(Path.of(working.group(1))).doesNotExist();
  }

  @Test
  void aWorkFolderIsKeptWithTheMarkerOfItsBuild(@TempDir Path work) {
    TinyCorpus.write(corpus, 8, 2);
    TinyCorpus.writeQuestions(sets);

    Cli.Result result = Cli.run("bench", "--corpus-dir", corpus.toString(), "--question-sets", sets.toString(),
        "--skip-100k", "--warmup", "0", "--work-dir", work.toString());

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).contains("9 questions timed");
    assertThat(result.err()).contains("kept the data in " + work);
    assertThat(work.resolve("reuters/bench-set.json")).isRegularFile();
  }

  @Test
  void aMissingQuestionSetFolderIsAClearError() {
    TinyCorpus.write(corpus, 2, 1);

    Cli.Result result = Cli.run("bench", "--corpus-dir", corpus.toString(), "--question-sets",
        corpus.resolve("nowhere").toString(), "--skip-100k");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).contains("no question-set folder").contains("--question-sets");
  }

  @Test
  void aMissingCorpusFolderIsAClearError() {
    Cli.Result result = Cli.run("bench", "--corpus-dir", corpus.resolve("nowhere").toString());

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).contains("no corpus folder").contains("--corpus-dir");
  }
}
