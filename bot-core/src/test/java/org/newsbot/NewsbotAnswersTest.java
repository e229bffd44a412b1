package org.newsbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.answer.Answer;
import org.newsbot.answer.Claim;
import org.newsbot.answer.SourceRef;
import org.newsbot.article.Article;

/**
 * Answers over the imported seed articles: every claim cites the file it was taken from, and a
 * question the articles do not cover is declined. (Which sentences answer best is not asserted.)
 */
class NewsbotAnswersTest {
  private static final String ANSWERABLE = "Who claimed responsibility for the Crocus City Hall attack?";

  @TempDir
  static Path data;

  private static Newsbot newsbot;

  @BeforeAll
  static void importSeed() {
    newsbot = Newsbot.open(NewsbotSettings.embedded(data));
    assertThat(newsbot.importPaths(List.of(TestCorpus.seedArticles())).added()).isEqualTo(5);
  }

  @AfterAll
  static void close() {
    newsbot.close();
  }

  @Test
  void everyClaimCitesTheSeedFileItCameFrom() {
    Answer answer = newsbot.ask(ANSWERABLE);

    assertThat(answer.answered()).isTrue();
    assertThat(answer.question()).isEqualTo(ANSWERABLE);
    assertThat(answer.claims()).isNotEmpty();
    Map<Integer, SourceRef> sources = answer.sources().stream()
        .collect(Collectors.toMap(SourceRef::ref, source -> source));
    assertThat(sources).hasSameSizeAs(answer.sources());
    assertThat(answer.sources()).extracting(SourceRef::url).isSubsetOf(TestCorpus.seedUrls());
    Map<String, Article> byUrl = TestCorpus.all(newsbot.articles()).stream()
        .collect(Collectors.toMap(Article::url, article -> article));
    for (Claim claim : answer.claims()) {
      assertThat(claim.sources()).as(claim.text()).isNotEmpty();
      assertThat(sources.keySet()).containsAll(claim.sources());
      assertThat(claim.sources()).as("a source of '%s' holds it", claim.text()).anySatisfy(ref -> {
        SourceRef source = sources.get(ref);
        Article article = byUrl.get(source.url());
        assertThat(source.articleId()).isEqualTo(Long.toString(article.id()));
        assertThat(squeeze(article.title() + " " + article.body())).contains(squeeze(claim.text()));
      });
    }
    for (SourceRef source : answer.sources()) {
      assertThat(answer.text()).contains(source.url());
    }
  }

  @Test
  void aQuestionTheArticlesDoNotCoverIsDeclined() {
    Answer answer = newsbot.ask("What is the capital of Australia?");

    assertThat(answer.answered()).isFalse();
    assertThat(answer.claims()).isEmpty();
    assertThat(answer.sources()).isEmpty();
    assertThat(answer.text()).isNotBlank().doesNotContain("file:");
  }

  @Test
  void aQuestionAskedInAnArticleIsNoAnswer(@TempDir Path dir) throws java.io.IOException {
    Path file = java.nio.file.Files.writeString(dir.resolve("interview.jsonl"), "{\"id\": \"i1\", \"outlet\": "
        + "\"Wexland Post\", \"title\": \"An interview with the mayor of Dunmore\", \"published\": \"2024-05-02\", "
        + "\"body\": \"We met the mayor of Dunmore in his office on Tuesday.\\n\\n"
        + "Why do you want Dunmore to become the capital of Wexland?\\n\\n"
        + "The mayor laughed and talked about the harbour instead.\"}\n");
    try (Newsbot fresh = Newsbot.open(NewsbotSettings.embedded(dir.resolve("data")))) {
      fresh.importPaths(List.of(file));

      Answer answer = fresh.ask("What is the capital of Wexland?");

      assertThat(answer.claims()).extracting(Claim::text).noneMatch(text -> text.strip().endsWith("?"));
      assertThat(answer.answered()).isFalse();
    }
  }

  @Test
  void nothingIsAnsweredBeforeAnythingIsImported(@TempDir Path empty) {
    try (Newsbot fresh = Newsbot.open(NewsbotSettings.embedded(empty))) {
      Answer answer = fresh.ask(ANSWERABLE);

      assertThat(answer.answered()).isFalse();
      assertThat(answer.sources()).isEmpty();
      assertThat(answer.text()).isNotBlank();
    }
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
