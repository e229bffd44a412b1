package org.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.Newsbot;
import org.newsbot.NewsbotSettings;
import org.newsbot.TestCorpus;

/**
 * Right after an import, before any embedding exists, answers come from keywords alone, weighed by
 * the model's keyword weights: the quick start's question is answered.
 */
class KeywordOnlyAnswersTest {
  @TempDir
  static Path data;

  static Newsbot newsbot;

  @BeforeAll
  static void importWithoutEmbedding() {
    newsbot = Newsbot.open(NewsbotSettings.embedded(data));
    newsbot.importPaths(List.of(TestCorpus.seedArticles()));
    assertThat(newsbot.pendingEmbeddings()).isEqualTo(5);
  }

  @AfterAll
  static void close() {
    newsbot.close();
  }

  @Test
  void theQuickStartQuestionIsAnsweredBeforeEmbeddings() {
    Answer answer = newsbot.ask("Who claimed responsibility for the Crocus City Hall attack?");

    assertThat(answer.answered()).isTrue();
    assertThat(answer.claims()).anySatisfy(claim -> assertThat(claim.text()).contains("Islamic State"));
  }

  @Test
  void anUnrelatedQuestionIsStillDeclined() {
    assertThat(newsbot.ask("What is the capital of Australia?").answered()).isFalse();
  }
}
