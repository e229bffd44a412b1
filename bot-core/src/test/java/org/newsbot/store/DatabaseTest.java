package org.newsbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.TestCorpus;
import org.newsbot.article.Source;

/** Opening the embedded database: migrations run once, data survives reopening. */
class DatabaseTest {
  @TempDir
  Path data;

  @Test
  void migratingAgainIsANoOp() throws Exception {
    String url = Database.embeddedUrl(data);
    int applied;
    try (Database database = Database.open(url, null, null)) {
      new ArticleStore(database).save(List.of(TestCorpus.incoming("https://example.org/a", "A", "Body.")));
      applied = historyRows(database);
      assertThat(applied).isPositive();

      MigrateResult again = Flyway.configure().dataSource(database.dataSource())
          .locations("classpath:db/migration").load().migrate();

      assertThat(again.migrationsExecuted).isZero();
      assertThat(historyRows(database)).isEqualTo(applied);
    }
    try (Database reopened = Database.open(url, null, null)) {
      assertThat(historyRows(reopened)).isEqualTo(applied);
      assertThat(new ArticleStore(reopened).count()).isEqualTo(1);
    }
  }

  @Test
  void aSourceIsAddedOncePerUrl() {
    try (Database database = Database.open(Database.embeddedUrl(data), null, null)) {
      SourceStore sources = new SourceStore(database);

      Source first = sources.ensure(Source.Kind.FILE, "file:///tmp/articles/", "articles", null);
      Source again = sources.ensure(Source.Kind.FILE, "file:///tmp/articles/", "other name", "someone");

      assertThat(again.id()).isEqualTo(first.id());
      assertThat(sources.list()).singleElement().satisfies(source -> {
        assertThat(source.kind()).isEqualTo(Source.Kind.FILE);
        assertThat(source.name()).isEqualTo("articles");
      });
      assertThat(sources.findByUrl("file:///tmp/other/")).isEmpty();
    }
  }

  @Test
  void aDatabaseThatCannotBeOpenedGivesAClearErrorWithoutThePassword() {
    assertThatThrownBy(() -> Database.open("jdbc:nosuchdriver://localhost/db;password=hunter2", "u", "p"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot open the database")
        .hasMessageNotContaining("hunter2");
  }

  private static int historyRows(Database database) throws Exception {
    try (Connection connection = database.connection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(
            "SELECT COUNT(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
