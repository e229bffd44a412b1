package org.newsbot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.answer.Answer;
import org.newsbot.ingest.ImportReport;

/** Two newsbots on one data folder (an import while the bot runs): one writes the index, both answer. */
class SharedDataFolderTest {
  private static final String QUESTION = "Who claimed responsibility for the Crocus City Hall attack?";

  @TempDir
  Path data;

  @Test
  void anImportByTheSecondIsIndexedByTheFirstAndAnsweredByBoth() throws Exception {
    try (Newsbot running = Newsbot.open(NewsbotSettings.embedded(data));
        Newsbot second = Newsbot.open(NewsbotSettings.embedded(data))) {
      assertThat(running.indexWritable()).isTrue();
      assertThat(second.indexWritable()).isFalse();
      running.followChanges(50, TimeUnit.MILLISECONDS);

      ImportReport report = second.importPaths(List.of(TestCorpus.seedArticles()));

      assertThat(report.added()).isEqualTo(5);
      assertThat(running.articles().count()).isEqualTo(5);
      Answer seenBySecond = askUntilAnswered(second);
      assertThat(seenBySecond.answered()).as("answered through the writer's commits").isTrue();
      assertThat(seenBySecond.sources()).extracting(source -> source.url()).isSubsetOf(TestCorpus.seedUrls());
      assertThat(running.ask(QUESTION).answered()).isTrue();
      assertThatThrownBy(second::reindex).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("another newsbot process");
    }
  }

  /** The writer follows the change log in the background; wait for it, with a generous limit. */
  private static Answer askUntilAnswered(Newsbot newsbot) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    Answer answer = newsbot.ask(QUESTION);
    while (!answer.answered() && System.nanoTime() < deadline) {
      Thread.sleep(50);
      answer = newsbot.ask(QUESTION);
    }
    return answer;
  }
}
