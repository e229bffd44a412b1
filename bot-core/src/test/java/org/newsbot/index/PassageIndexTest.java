package org.newsbot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.article.Article;

/** The passage index on disk: what it stores, replacing and removing, and one writer with readers. */
class PassageIndexTest {
  private static final String BODY = "Engineers repaired the cracked pillars of the Example bridge.\n\n"
      + "The bridge reopened to traffic on Thursday morning.\n\n"
      + "Tags: bridge traffic pillars\n\n"
      + "Too short.";

  @TempDir
  Path dir;

  @Test
  void storesOnePassagePerQuotableSentenceWithItsArticle() throws Exception {
    try (PassageIndex index = PassageIndex.open(dir)) {
      index.replace(7, article(7, BODY));
      index.commit(1);

      List<PassageHit> hits = index.search(new MatchAllDocsQuery(), 10);

      assertThat(hits).extracting(hit -> hit.passage().text()).containsExactlyInAnyOrder(
          "Engineers repaired the cracked pillars of the Example bridge.",
          "The bridge reopened to traffic on Thursday morning.");
      Passage passage = hits.getFirst().passage();
      assertThat(passage.articleId()).isEqualTo(7);
      assertThat(passage.title()).isEqualTo("Bridge reopens");
      assertThat(passage.outlet()).isEqualTo("Example Times");
      assertThat(passage.url()).isEqualTo("https://example.org/7");
      assertThat(passage.published()).isEqualTo(LocalDate.of(2024, 5, 2));
      assertThat(passage.language()).isEqualTo("en");
      assertThat(hits).extracting(hit -> hit.passage().ordinal()).containsExactlyInAnyOrder(0, 1);
    }
  }

  @Test
  void searchesWithEnglishStemming() throws Exception {
    try (PassageIndex index = PassageIndex.open(dir)) {
      index.replace(7, article(7, BODY));
      index.commit(1);

      List<PassageHit> hits = index.search(new TermQuery(new Term(PassageIndex.TEXT,
          NewsAnalyzer.terms("repairing").getFirst())), 10);

      assertThat(hits).singleElement().satisfies(hit -> {
        assertThat(hit.passage().text()).contains("repaired");
        assertThat(hit.score()).isPositive();
      });
    }
  }

  @Test
  void replacingAnArticleReplacesItsPassagesAndNullRemovesThem() throws Exception {
    try (PassageIndex index = PassageIndex.open(dir)) {
      index.replace(7, article(7, BODY));
      index.replace(8, article(8, "A second article about the river and its many bridges."));
      index.commit(2);
      assertThat(index.size()).isEqualTo(3);

      index.replace(7, article(7, "The bridge will close again in June for painting work."));
      index.commit(3);
      assertThat(index.search(new TermQuery(new Term(PassageIndex.TEXT,
          NewsAnalyzer.terms("pillars").getFirst())), 10)).isEmpty();
      assertThat(index.size()).isEqualTo(2);

      index.replace(7, null);
      index.commit(4);
      assertThat(index.search(new MatchAllDocsQuery(), 10)).extracting(hit -> hit.passage().articleId())
          .containsExactly(8L);
      assertThat(index.appliedChange()).isEqualTo(4);

      index.clear();
      index.commit(4);
      assertThat(index.size()).isZero();
    }
  }

  @Test
  void aNewIndexIsEmptyAtChangeZero() throws Exception {
    try (PassageIndex index = PassageIndex.open(dir)) {
      assertThat(index.writable()).isTrue();
      assertThat(index.size()).isZero();
      assertThat(index.appliedChange()).isZero();
      assertThat(index.hasCurrentLayout()).isTrue();
    }
  }

  @Test
  void theAppliedChangeSurvivesReopening() throws Exception {
    try (PassageIndex index = PassageIndex.open(dir)) {
      index.replace(7, article(7, BODY));
      index.commit(42);
    }
    try (PassageIndex index = PassageIndex.open(dir)) {
      assertThat(index.appliedChange()).isEqualTo(42);
      assertThat(index.hasCurrentLayout()).isTrue();
      assertThat(index.size()).isEqualTo(2);
    }
  }

  @Test
  void aSecondOpenerReadsWhatTheWriterCommits() throws Exception {
    try (PassageIndex writer = PassageIndex.open(dir); PassageIndex reader = PassageIndex.open(dir)) {
      assertThat(writer.writable()).isTrue();
      assertThat(reader.writable()).isFalse();
      assertThat(reader.size()).isZero();
      assertThat(reader.appliedChange()).isZero();

      writer.replace(7, article(7, BODY));
      assertThat(reader.size()).as("before the commit").isZero();
      writer.commit(1);

      assertThat(reader.size()).isEqualTo(2);
      assertThat(reader.appliedChange()).isEqualTo(1);
      assertThat(reader.search(new TermQuery(new Term(PassageIndex.TEXT,
          NewsAnalyzer.terms("Thursday").getFirst())), 10))
          .extracting(hit -> hit.passage().url()).containsExactly("https://example.org/7");

      writer.replace(7, null);
      writer.commit(2);
      assertThat(reader.size()).isZero();
      assertThat(reader.appliedChange()).isEqualTo(2);
    }
  }

  @Test
  void theReadOnlyOpenerCannotWrite() throws Exception {
    try (PassageIndex writer = PassageIndex.open(dir); PassageIndex reader = PassageIndex.open(dir)) {
      assertThatThrownBy(() -> reader.replace(7, article(7, BODY)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("another newsbot process");
      assertThatThrownBy(() -> reader.commit(1)).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(reader::clear).isInstanceOf(IllegalStateException.class);
      assertThat(writer.writable()).isTrue();
    }
  }

  @Test
  void theNextOpenerWritesOnceTheWriterHasClosed() throws Exception {
    try (PassageIndex writer = PassageIndex.open(dir)) {
      writer.replace(7, article(7, BODY));
      writer.commit(1);
    }
    try (PassageIndex next = PassageIndex.open(dir)) {
      assertThat(next.writable()).isTrue();
      assertThat(next.size()).isEqualTo(2);
    }
  }

  static Article article(long id, String body) {
    return new Article(id, null, "Example Times", "https://example.org/" + id, "Bridge reopens",
        LocalDate.of(2024, 5, 2), "en", body, "hash-" + id, Instant.parse("2024-05-02T10:00:00Z"));
  }
}
