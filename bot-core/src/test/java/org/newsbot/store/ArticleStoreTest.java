package org.newsbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsbot.TestCorpus;
import org.newsbot.article.Article;
import org.newsbot.article.IncomingArticle;
import org.newsbot.store.ArticleStore.Change;
import org.newsbot.store.ArticleStore.Outcome;
import org.newsbot.store.ArticleStore.Saved;
import org.newsbot.testing.TestDatabase;
import org.newsbot.testing.TestDatabase.Backend;

/** Articles on H2 and PostgreSQL: saving, revising, deleting, the change log and reading them all. */
@ParameterizedClass(name = "on {0}")
@EnumSource(Backend.class)
class ArticleStoreTest {
  @Parameter
  Backend backend;

  @TempDir
  Path data;

  private TestDatabase testDatabase;
  private Database database;
  private ArticleStore store;

  @BeforeEach
  void open() {
    testDatabase = TestDatabase.create(backend, data);
    database = testDatabase.open();
    store = new ArticleStore(database);
  }

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
    if (testDatabase != null) {
      testDatabase.close();
    }
  }

  @Test
  void savesANewArticleWithEveryField() {
    IncomingArticle incoming = new IncomingArticle(null, "Example Times", "https://example.org/a",
        "Bridge reopens", LocalDate.of(2024, 5, 2), "en", "The bridge reopened on Thursday after repairs.");

    List<Saved> saved = store.save(List.of(incoming));

    assertThat(saved).singleElement().satisfies(s -> assertThat(s.outcome()).isEqualTo(Outcome.ADDED));
    Article article = store.find(List.of(saved.getFirst().articleId())).get(saved.getFirst().articleId());
    assertThat(article.outlet()).isEqualTo("Example Times");
    assertThat(article.url()).isEqualTo("https://example.org/a");
    assertThat(article.title()).isEqualTo("Bridge reopens");
    assertThat(article.published()).isEqualTo(LocalDate.of(2024, 5, 2));
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.body()).isEqualTo("The bridge reopened on Thursday after repairs.");
    assertThat(article.contentHash()).isEqualTo(incoming.contentHash());
    assertThat(article.ingestedAt()).isAfter(java.time.Instant.EPOCH);
    assertThat(store.count()).isEqualTo(1);
  }

  @Test
  void anArticleLeftWithoutItsChangeIsLoggedAsNew() throws Exception {
    long kept = store.save(List.of(new IncomingArticle(null, null, "https://example.org/kept", "Kept", null, "en",
        "A body that was saved whole."))).getFirst().articleId();
    long before = store.lastChange();
    // what a crash in the middle of a transaction can leave: the row without its change
    try (var connection = database.connection(); var statement = connection.createStatement()) {
      statement.executeUpdate("DELETE FROM article_changes WHERE article_id = " + kept);
    }

    assertThat(store.logUnloggedArticles()).isEqualTo(1);
    assertThat(store.changesSince(before, 10)).extracting(ArticleStore.Change::articleId).containsExactly(kept);
    assertThat(store.logUnloggedArticles()).isZero();
  }

  @Test
  void anUnknownDateAndOutletStayUnknown() {
    long id = store.save(List.of(new IncomingArticle(null, null, "file:///tmp/a.txt", null, null, null,
        "A body without a date, a title or an outlet."))).getFirst().articleId();

    Article article = store.find(List.of(id)).get(id);
    assertThat(article.published()).isNull();
    assertThat(article.outlet()).isNull();
    assertThat(article.title()).isNull();
    assertThat(article.displaySource()).isEqualTo("a.txt");
  }

  @Test
  void savingTheSameTextAgainChangesNothing() {
    IncomingArticle incoming = TestCorpus.incoming("https://example.org/a", "Title", "Body text one.");
    long id = store.save(List.of(incoming)).getFirst().articleId();
    long changes = store.lastChange();

    List<Saved> again = store.save(List.of(incoming));

    assertThat(again).containsExactly(new Saved(id, Outcome.UNCHANGED));
    assertThat(store.lastChange()).isEqualTo(changes);
    assertThat(store.count()).isEqualTo(1);
  }

  @Test
  void otherTextUnderTheSameUrlRevisesAndKeepsTheEarlierText() throws Exception {
    IncomingArticle first = new IncomingArticle(null, "Example Times", "https://example.org/a", "Title",
        LocalDate.of(2024, 5, 2), "en", "Six people were hurt.");
    long id = store.save(List.of(first)).getFirst().articleId();

    IncomingArticle second = new IncomingArticle(null, null, "https://example.org/a", "Title, updated",
        null, null, "Seven people were hurt.");
    List<Saved> saved = store.save(List.of(second));

    assertThat(saved).containsExactly(new Saved(id, Outcome.REVISED));
    Article article = store.find(List.of(id)).get(id);
    assertThat(article.body()).isEqualTo("Seven people were hurt.");
    assertThat(article.title()).isEqualTo("Title, updated");
    // what the revision does not say is kept from before
    assertThat(article.outlet()).isEqualTo("Example Times");
    assertThat(article.published()).isEqualTo(LocalDate.of(2024, 5, 2));
    assertThat(article.language()).isEqualTo("en");
    assertThat(revisions(id)).containsExactly("Title|Six people were hurt.");
    assertThat(store.count()).isEqualTo(1);
  }

  @Test
  void theChangeLogListsEveryInsertRevisionAndRemovalInOrder() {
    long a = store.save(List.of(TestCorpus.incoming("https://example.org/a", "A", "First body."))).getFirst().articleId();
    long b = store.save(List.of(TestCorpus.incoming("https://example.org/b", "B", "Second body."))).getFirst().articleId();
    store.save(List.of(TestCorpus.incoming("https://example.org/a", "A", "First body, revised.")));
    assertThat(store.delete(b)).isTrue();

    List<Change> all = store.changesSince(0, 100);

    assertThat(all).extracting(Change::articleId).containsExactly(a, b, a, b);
    assertThat(all).extracting(Change::seq).isSorted().doesNotHaveDuplicates();
    assertThat(store.lastChange()).isEqualTo(all.getLast().seq());
    assertThat(store.changesSince(all.get(1).seq(), 100)).isEqualTo(all.subList(2, 4));
    assertThat(store.changesSince(0, 2)).isEqualTo(all.subList(0, 2));
    assertThat(store.changesSince(all.getLast().seq(), 100)).isEmpty();
  }

  @Test
  void deleteRemovesTheArticleOnce() {
    long id = store.save(List.of(TestCorpus.incoming("https://example.org/a", "A", "Body."))).getFirst().articleId();
    store.save(List.of(TestCorpus.incoming("https://example.org/a", "A", "Body, revised.")));

    assertThat(store.delete(id)).isTrue();
    long changes = store.lastChange();

    assertThat(store.find(List.of(id))).isEmpty();
    assertThat(store.count()).isZero();
    assertThat(store.delete(id)).isFalse();
    assertThat(store.lastChange()).isEqualTo(changes);
  }

  @Test
  void anEmptyStoreHasNoChanges() {
    assertThat(store.lastChange()).isZero();
    assertThat(store.changesSince(0, 10)).isEmpty();
    assertThat(store.count()).isZero();
    assertThat(store.find(List.of())).isEmpty();
    List<Article> none = new ArrayList<>();
    store.forEach(none::add);
    assertThat(none).isEmpty();
  }

  @Test
  void forEachVisitsEveryArticleInIdOrderAcrossPages() {
    List<IncomingArticle> many = new ArrayList<>();
    for (int i = 0; i < 1234; i++) {  // more than one page of 1000
      many.add(TestCorpus.incoming("https://example.org/" + i, "Title " + i, "Body number " + i + "."));
    }
    store.save(many);
    store.delete(store.save(List.of(TestCorpus.incoming("https://example.org/gone", "Gone", "Deleted.")))
        .getFirst().articleId());

    List<Article> seen = new ArrayList<>();
    store.forEach(seen::add);

    assertThat(seen).hasSize(1234);
    assertThat(seen).extracting(Article::id).isSorted().doesNotHaveDuplicates();
    assertThat(seen).extracting(Article::url).doesNotContain("https://example.org/gone")
        .contains("https://example.org/0", "https://example.org/1233");
  }

  @Test
  void findReturnsOnlyArticlesThatExist() {
    long a = store.save(List.of(TestCorpus.incoming("https://example.org/a", "A", "Body a."))).getFirst().articleId();
    long b = store.save(List.of(TestCorpus.incoming("https://example.org/b", "B", "Body b."))).getFirst().articleId();
    store.delete(b);

    Map<Long, Article> found = store.find(List.of(a, b, 9999L));

    assertThat(found).containsOnlyKeys(a);
  }

  @Test
  void countsArticlesBySource() {
    SourceStore sources = new SourceStore(database);
    long source = sources.ensure(org.newsbot.article.Source.Kind.FILE, "file:///tmp/x/", "x", null).id();
    store.save(List.of(
        new IncomingArticle(source, null, "file:///tmp/x/1.txt", "1", null, null, "One."),
        new IncomingArticle(source, null, "file:///tmp/x/2.txt", "2", null, null, "Two."),
        new IncomingArticle(null, null, "file:///tmp/y.txt", "3", null, null, "Three.")));

    assertThat(store.countsBySource()).isEqualTo(Map.of(source, 2L));
  }

  @Test
  void aFollowerOfTheChangeLogMissesNoChangeWhileSeveralInstancesWrite() throws Exception {
    int writers = 4;
    int batches = 40;
    List<Database> pools = new ArrayList<>();
    Set<Long> written = ConcurrentHashMap.newKeySet();
    Set<Long> followed = new HashSet<>();
    ExecutorService threads = Executors.newFixedThreadPool(writers);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        // each writer on a connection pool of its own, as separate instances are
        Database pool = testDatabase.open();
        pools.add(pool);
        ArticleStore instance = new ArticleStore(pool);
        int writer = w;
        done.add(threads.submit(() -> {
          for (int b = 0; b < batches; b++) {
            List<IncomingArticle> batch = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
              String url = "https://example.org/" + writer + "/" + b + "/" + i;
              batch.add(TestCorpus.incoming(url, "T " + url, "Body of " + url + "."));
            }
            instance.save(batch).forEach(saved -> written.add(saved.articleId()));
          }
          return null;
        }));
      }
      // the follower tails the log as an index does: from the last change it has seen
      long applied = 0;
      boolean writing = true;
      while (writing) {
        writing = done.stream().anyMatch(f -> !f.isDone());
        for (Change change : store.changesSince(applied, 50)) {
          followed.add(change.articleId());
          applied = change.seq();
        }
      }
      for (Future<?> future : done) {
        future.get();
      }
      List<Change> rest;
      while (!(rest = store.changesSince(applied, 50)).isEmpty()) {
        for (Change change : rest) {
          followed.add(change.articleId());
          applied = change.seq();
        }
      }
    } finally {
      threads.shutdownNow();
      pools.forEach(Database::close);
    }

    assertThat(written).hasSize(writers * batches * 3);
    assertThat(followed).containsExactlyInAnyOrderElementsOf(written);
  }

  @Test
  void writersStoringTheSameNewArticleAtOnceStoreItOnce() throws Exception {
    int writers = 4;
    List<Database> pools = new ArrayList<>();
    ExecutorService threads = Executors.newFixedThreadPool(writers);
    try {
      List<ArticleStore> instances = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        Database pool = testDatabase.open();
        pools.add(pool);
        instances.add(new ArticleStore(pool));
      }
      for (int round = 0; round < 10; round++) {
        List<IncomingArticle> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
          String url = "https://wire.example/" + round + "/" + i;
          batch.add(TestCorpus.incoming(url, "Wire " + i, "The same wire story number " + i + "."));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Saved>>> results = new ArrayList<>();
        for (ArticleStore instance : instances) {
          results.add(threads.submit(() -> {
            start.await();
            return instance.save(batch);
          }));
        }
        start.countDown();
        List<Saved> all = new ArrayList<>();
        for (Future<List<Saved>> result : results) {
          all.addAll(result.get());
        }
        assertThat(all).filteredOn(saved -> saved.outcome() == Outcome.ADDED).as("round " + round).hasSize(5);
        assertThat(all).filteredOn(saved -> saved.outcome() == Outcome.UNCHANGED).hasSize(5 * (writers - 1));
        assertThat(all.stream().map(Saved::articleId).distinct()).as("one article per URL").hasSize(5);
      }
    } finally {
      threads.shutdownNow();
      pools.forEach(Database::close);
    }
    assertThat(store.count()).isEqualTo(50);
    assertThat(store.changesSince(0, 1000)).as("each stored once, logged once").hasSize(50);
  }

  private List<String> revisions(long articleId) throws Exception {
    List<String> kept = new ArrayList<>();
    try (Connection connection = database.connection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT title, body, content_hash FROM article_revisions WHERE article_id = ? ORDER BY id")) {
      select.setLong(1, articleId);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          assertThat(rs.getString(3)).hasSize(64);
          kept.add(rs.getString(1) + "|" + rs.getString(2));
        }
      }
    }
    return kept;
  }
}
