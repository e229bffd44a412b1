package org.newsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.Newsbot;
import org.newsbot.NewsbotSettings;
import org.newsbot.TestCorpus;
import org.newsbot.article.Article;
import org.newsbot.index.PassageIndex;

/** Importing again adds nothing; a changed file revises its article and keeps the earlier text. */
class ReimportTest {
  @TempDir
  Path data;

  @TempDir
  Path files;

  @Test
  void importingTheSameFilesAgainAddsNothing() throws Exception {
    List<Article> first;
    long changesAfterFirst;
    try (Newsbot newsbot = Newsbot.open(NewsbotSettings.embedded(data))) {
      newsbot.importPaths(List.of(TestCorpus.seedArticles()));
      first = TestCorpus.all(newsbot.articles());
      changesAfterFirst = newsbot.articles().lastChange();
    }
    int passages = passages();

    try (Newsbot newsbot = Newsbot.open(NewsbotSettings.embedded(data))) {
      ImportReport again = newsbot.importPaths(List.of(TestCorpus.seedArticles()));
      // the same files named one by one are the same articles too
      ImportReport oneByOne = newsbot.importPaths(TestCorpus.seedUrls().stream()
          .map(url -> Path.of(java.net.URI.create(url))).toList());

      for (ImportReport report : List.of(again, oneByOne)) {
        assertThat(report.added()).isZero();
        assertThat(report.revised()).isZero();
        assertThat(report.unchanged()).isEqualTo(5);
        assertThat(report.problems()).isEmpty();
      }
      assertThat(TestCorpus.all(newsbot.articles())).isEqualTo(first);
      assertThat(newsbot.articles().lastChange()).isEqualTo(changesAfterFirst);
    }
    assertThat(passages()).isEqualTo(passages);
  }

  @Test
  void reimportingJsonLinesAddsNothing() {
    Path file = TestCorpus.write(files, "wire.jsonl", """
        {"id": "w-1", "outlet": "Test Wire", "url": null, "title": "Port strike ends", "published": "2024-03-01", "body": "Dock workers returned to work on Friday after a two-week strike over pay ended."}
        {"id": "w-2", "outlet": "Test Wire", "url": "https://example.org/news/2", "title": "Harvest up", "published": "2024-03-02", "body": "The wheat harvest rose by a tenth this year thanks to a wet spring, farmers said."}
        """);
    try (Newsbot newsbot = Newsbot.open(NewsbotSettings.embedded(data))) {
      assertThat(newsbot.importPaths(List.of(file)).added()).isEqualTo(2);

      ImportReport again = newsbot.importPaths(List.of(file));

      assertThat(again.added()).isZero();
      assertThat(again.unchanged()).isEqualTo(2);
      assertThat(newsbot.articles().count()).isEqualTo(2);
    }
  }

  @Test
  void aChangedFileRevisesItsArticleAndKeepsTheEarlierText() throws Exception {
    Path file = TestCorpus.write(files, "bridge.txt", " date 2024-05-02 The Example bridge reopened on Thursday.\n\n"
        + "Engineers said the repairs to its pillars had taken six months.\n");
    try (Newsbot newsbot = Newsbot.open(NewsbotSettings.embedded(data))) {
      newsbot.importPaths(List.of(file));
      Article before = TestCorpus.all(newsbot.articles()).getFirst();

      TestCorpus.write(files, "bridge.txt", " date 2024-05-02 The Example bridge reopened on Thursday.\n\n"
          + "Engineers said the repairs to its pillars had taken eight months and cost twice the estimate.\n");
      ImportReport revised = newsbot.importPaths(List.of(file));

      assertThat(revised.revised()).isEqualTo(1);
      assertThat(revised.added()).isZero();
      List<Article> all = TestCorpus.all(newsbot.articles());
      assertThat(all).singleElement().satisfies(after -> {
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.url()).isEqualTo(before.url());
        assertThat(after.body()).contains("eight months").doesNotContain("six months");
        assertThat(after.contentHash()).isNotEqualTo(before.contentHash());
      });
      assertThat(revisions(newsbot, before.id())).containsExactly(before.body());

      ImportReport again = newsbot.importPaths(List.of(file));
      assertThat(again.unchanged()).isEqualTo(1);
      assertThat(revisions(newsbot, before.id())).hasSize(1);
    }
    // the index holds the revised text only
    try (PassageIndex index = PassageIndex.open(data.resolve("index"))) {
      assertThat(index.search(new TermQuery(new Term(PassageIndex.TEXT, "eight")), 10)).hasSize(1);
      assertThat(index.search(new TermQuery(new Term(PassageIndex.TEXT, "six")), 10)).isEmpty();
    }
  }

  private int passages() throws Exception {
    try (PassageIndex index = PassageIndex.open(data.resolve("index"))) {
      return index.size();
    }
  }

  private static List<String> revisions(Newsbot newsbot, long articleId) throws Exception {
    List<String> bodies = new ArrayList<>();
    try (Connection connection = newsbot.database().connection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT body FROM article_revisions WHERE article_id = ? ORDER BY id")) {
      select.setLong(1, articleId);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          bodies.add(rs.getString(1));
        }
      }
    }
    return bodies;
  }
}
