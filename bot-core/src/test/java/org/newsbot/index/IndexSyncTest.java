package org.newsbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.Newsbot;
import org.newsbot.NewsbotSettings;
import org.newsbot.TestCorpus;
import org.newsbot.article.IncomingArticle;
import org.newsbot.ingest.FileImporter;
import org.newsbot.store.ArticleStore;
import org.newsbot.store.Database;
import org.newsbot.store.SourceStore;

/** The index follows the database, which is the truth: catch-up after a crash, rebuilds, reindex. */
class IndexSyncTest {
  @TempDir
  Path data;

  private Database database;
  private ArticleStore articles;

  @BeforeEach
  void open() {
    database = Database.open(Database.embeddedUrl(data), null, null);
    articles = new ArticleStore(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void catchesUpWithChangesTheIndexMissedBeforeACrash() throws Exception {
    long kept = save("https://example.org/kept", "The harbour crane lifted its first container on Monday.");
    long revised = save("https://example.org/revised", "The ferry to the island was cancelled because of fog.");
    long removed = save("https://example.org/removed", "The museum closed its doors for a month of repairs.");
    try (PassageIndex index = PassageIndex.open(indexDir())) {
      assertThat(new IndexSync(articles, index).catchUp()).isEqualTo(3);
      assertThat(index.appliedChange()).isEqualTo(articles.lastChange());
    }

    // stored in the database, then the process died before the index saw any of it
    long added = save("https://example.org/added", "A new tram line opened between the station and the port.");
    save("https://example.org/revised", "The ferry to the island sailed again once the storm had passed.");
    articles.delete(removed);

    try (PassageIndex index = PassageIndex.open(indexDir())) {
      int touched = new IndexSync(articles, index).catchUp();

      assertThat(touched).isEqualTo(3);
      assertThat(index.appliedChange()).isEqualTo(articles.lastChange());
      assertThat(articleIds(index)).containsExactlyInAnyOrder(kept, revised, added);
      assertThat(hits(index, "tram")).isEqualTo(1);
      assertThat(hits(index, "storm")).isEqualTo(1);
      assertThat(hits(index, "fog")).isZero();
      assertThat(hits(index, "museum")).isZero();
      assertThat(new IndexSync(articles, index).catchUp()).as("nothing left to apply").isZero();
    }
  }

  @Test
  void openingNewsbotIndexesArticlesStoredWhileTheIndexWasNotUpdated() throws Exception {
    // an import that stored the articles but never reached the index
    new FileImporter(articles, new SourceStore(database)).importPaths(List.of(TestCorpus.seedArticles()));
    long last = articles.lastChange();
    database.close();

    try (Newsbot newsbot = Newsbot.open(NewsbotSettings.embedded(data))) {
      assertThat(newsbot.articles().count()).isEqualTo(5);
    }

    database = Database.open(Database.embeddedUrl(data), null, null);
    try (PassageIndex index = PassageIndex.open(indexDir())) {
      assertThat(index.appliedChange()).isEqualTo(last);
      assertThat(articleIds(index)).hasSize(5);
      assertThat(hits(index, "Budanov")).isEqualTo(1);
    }
  }

  @Test
  void anIndexAheadOfTheDatabaseIsRebuilt() throws Exception {
    try (PassageIndex index = PassageIndex.open(indexDir())) {
      index.replace(999, PassageIndexTest.article(999, "An article from another database about a volcano."));
      index.commit(500);
    }
    long id = save("https://example.org/only", "The only article this database has ever stored is this one.");

    try (PassageIndex index = PassageIndex.open(indexDir())) {
      int indexed = new IndexSync(articles, index).catchUp();

      assertThat(indexed).isEqualTo(1);
      assertThat(articleIds(index)).containsExactly(id);
      assertThat(hits(index, "volcano")).isZero();
      assertThat(index.appliedChange()).isEqualTo(articles.lastChange());
    }
  }

  @Test
  void anIndexOfAnotherLayoutIsRebuilt() throws Exception {
    long id = save("https://example.org/a", "The harbour crane lifted its first container on Monday.");
    try (FSDirectory directory = FSDirectory.open(indexDir());
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(NewsAnalyzer.get()))) {
      writer.setLiveCommitData(Map.of("applied_change", Long.toString(articles.lastChange()),
          "layout", "an older layout").entrySet());
      writer.commit();
    }

    try (PassageIndex index = PassageIndex.open(indexDir())) {
      assertThat(index.hasCurrentLayout()).isFalse();

      assertThat(new IndexSync(articles, index).catchUp()).isEqualTo(1);

      assertThat(index.hasCurrentLayout()).isTrue();
      assertThat(articleIds(index)).containsExactly(id);
    }
  }

  @Test
  void rebuildRestoresAnIndexThatLostItsPassages() throws Exception {
    save("https://example.org/a", "The harbour crane lifted its first container on Monday.");
    save("https://example.org/b", "A new tram line opened between the station and the port.");
    try (PassageIndex index = PassageIndex.open(indexDir())) {
      IndexSync sync = new IndexSync(articles, index);
      sync.catchUp();
      int passages = index.size();
      index.clear();
      index.commit(articles.lastChange());
      assertThat(sync.catchUp()).as("the log says the index is current").isZero();
      assertThat(index.size()).isZero();

      assertThat(sync.rebuild()).isEqualTo(2);

      assertThat(index.size()).isEqualTo(passages);
      assertThat(index.appliedChange()).isEqualTo(articles.lastChange());
    }
  }

  @Test
  void aReadOnlyIndexIsLeftToItsWriter() throws Exception {
    save("https://example.org/a", "The harbour crane lifted its first container on Monday.");
    try (PassageIndex writer = PassageIndex.open(indexDir()); PassageIndex reader = PassageIndex.open(indexDir())) {
      assertThat(new IndexSync(articles, reader).catchUp()).isZero();
      assertThat(reader.size()).isZero();

      new IndexSync(articles, writer).catchUp();

      assertThat(reader.size()).isEqualTo(1);
    }
  }

  private long save(String url, String body) {
    IncomingArticle article = TestCorpus.incoming(url, "Local news", body);
    return articles.save(List.of(article)).getFirst().articleId();
  }

  private Path indexDir() {
    return data.resolve("index");
  }

  private static List<Long> articleIds(PassageIndex index) {
    return index.search(new MatchAllDocsQuery(), 1000).stream().map(hit -> hit.passage().articleId())
        .distinct().toList();
  }

  private static int hits(PassageIndex index, String word) {
    return index.search(new TermQuery(new Term(PassageIndex.TEXT, NewsAnalyzer.terms(word).getFirst())), 100)
        .size();
  }
}
