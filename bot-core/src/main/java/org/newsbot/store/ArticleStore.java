package org.newsbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.newsbot.article.Article;
import org.newsbot.article.IncomingArticle;

/**
 * Articles in the database. A URL names one article: seeing it again with the same text changes
 * nothing, with other text revises it and keeps the earlier text. Every change is logged in order
 * so that search indexes can follow.
 */
public final class ArticleStore {
  private static final String COLUMNS =
      "id, source_id, outlet, url, title, published, language, body, content_hash, ingested_at";

  /** Tries of a save that met the same new URL stored at the same time by another writer. */
  private static final int SAVE_ATTEMPTS = 4;

  private final DataSource dataSource;
  private final Clock clock;

  public ArticleStore(Database database) {
    this(database.dataSource(), Clock.systemUTC());
  }

  ArticleStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** What saving an article did. */
  public enum Outcome { ADDED, REVISED, UNCHANGED }

  /** The stored id of a saved article and what saving it did. */
  public record Saved(long articleId, Outcome outcome) {}

  /** One entry of the change log. */
  public record Change(long seq, long articleId) {}

  /**
   * Saves the articles in one transaction, in order. When another writer (a concurrent poll, another
   * instance) stores one of the same URLs first, the transaction is tried again and finds it stored.
   */
  public List<Saved> save(List<IncomingArticle> articles) {
    for (int attempt = 1; ; attempt++) {
      try {
        return saveOnce(articles);
      } catch (StoreException e) {
        if (attempt >= SAVE_ATTEMPTS || !Jdbc.isUniqueViolation(e)) {
          throw e;
        }
        try {
          Thread.sleep(20L * attempt); // until the other writer has committed
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private List<Saved> saveOnce(List<IncomingArticle> articles) {
    return Jdbc.inTransaction(dataSource, "saving " + articles.size() + " articles", connection -> {
      List<Saved> results = new ArrayList<>(articles.size());
      OffsetDateTime now = Jdbc.timestamp(clock.instant());
      try (PreparedStatement find = connection.prepareStatement(
              "SELECT id, title, body, content_hash FROM articles WHERE url = ?");
          PreparedStatement insert = connection.prepareStatement(
              "INSERT INTO articles (source_id, outlet, url, title, published, language, body,"
                  + " content_hash, ingested_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              new String[] {"id"});
          PreparedStatement log = connection.prepareStatement(
              "INSERT INTO article_changes (article_id, changed_at) VALUES (?, ?)")) {
        List<Long> changed = new ArrayList<>();
        for (IncomingArticle article : articles) {
          String hash = article.contentHash();
          find.setString(1, article.url());
          Long existing = null;
          String oldTitle = null;
          String oldBody = null;
          String oldHash = null;
          try (ResultSet rs = find.executeQuery()) {
            if (rs.next()) {
              existing = rs.getLong(1);
              oldTitle = rs.getString(2);
              oldBody = rs.getString(3);
              oldHash = rs.getString(4);
            }
          }
          Saved saved;
          if (existing == null) {
            bindArticle(insert, article, hash, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
              keys.next();
              saved = new Saved(keys.getLong(1), Outcome.ADDED);
            }
          } else if (oldHash.equals(hash)) {
            results.add(new Saved(existing, Outcome.UNCHANGED));
            continue;
          } else {
            revise(connection, existing, oldTitle, oldBody, oldHash, article, hash, now);
            saved = new Saved(existing, Outcome.REVISED);
          }
          changed.add(saved.articleId());
          results.add(saved);
        }
        // logged last, so the log's lock is held only from here to the commit
        if (!changed.isEmpty()) {
          lockChangeLog(connection);
          for (long id : changed) {
            log.setLong(1, id);
            log.setObject(2, now);
            log.addBatch();
          }
          log.executeBatch();
        }
      }
      return results;
    });
  }

  /**
   * Serialises writers of the change log until this transaction ends. Change numbers are handed out
   * when a row is inserted but become visible at commit; without the lock, two instances committing
   * out of order would let a follower pass over a change that appears later below its position.
   */
  private static void lockChangeLog(Connection connection) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement(
            "SELECT id FROM article_change_writer WHERE id = 1 FOR UPDATE");
        ResultSet rs = lock.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("the article_change_writer row is missing; the schema is damaged");
      }
    }
  }

  private static void bindArticle(PreparedStatement insert, IncomingArticle article, String hash,
      OffsetDateTime now) throws SQLException {
    insert.setObject(1, article.sourceId());
    insert.setString(2, article.outlet());
    insert.setString(3, article.url());
    insert.setString(4, article.title());
    insert.setObject(5, article.published());
    insert.setString(6, article.language());
    insert.setString(7, article.body());
    insert.setString(8, hash);
    insert.setObject(9, now);
    insert.setObject(10, now);
  }

  private static void revise(Connection connection, long id, String oldTitle, String oldBody,
      String oldHash, IncomingArticle article, String hash, OffsetDateTime now) throws SQLException {
    try (PreparedStatement keep = connection.prepareStatement(
        "INSERT INTO article_revisions (article_id, title, body, content_hash, replaced_at)"
            + " VALUES (?, ?, ?, ?, ?)")) {
      keep.setLong(1, id);
      keep.setString(2, oldTitle);
      keep.setString(3, oldBody);
      keep.setString(4, oldHash);
      keep.setObject(5, now);
      keep.executeUpdate();
    }
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE articles SET outlet = COALESCE(?, outlet), title = ?,"
            + " published = COALESCE(?, published), language = COALESCE(?, language), body = ?,"
            + " content_hash = ?, updated_at = ? WHERE id = ?")) {
      update.setString(1, article.outlet());
      update.setString(2, article.title());
      update.setObject(3, article.published());
      update.setString(4, article.language());
      update.setString(5, article.body());
      update.setString(6, hash);
      update.setObject(7, now);
      update.setLong(8, id);
      update.executeUpdate();
    }
  }

  /** Removes an article; search indexes drop it when they apply the logged change. */
  public boolean delete(long articleId) {
    return Jdbc.inTransaction(dataSource, "deleting article " + articleId, connection -> {
      int removed;
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM articles WHERE id = ?")) {
        delete.setLong(1, articleId);
        removed = delete.executeUpdate();
      }
      if (removed > 0) {
        lockChangeLog(connection);
        try (PreparedStatement log = connection.prepareStatement(
            "INSERT INTO article_changes (article_id, changed_at) VALUES (?, ?)")) {
          log.setLong(1, articleId);
          log.setObject(2, Jdbc.timestamp(clock.instant()));
          log.executeUpdate();
        }
      }
      return removed > 0;
    });
  }

  /** The articles with these ids that still exist, by id. */
  public Map<Long, Article> find(Collection<Long> ids) {
    Map<Long, Article> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    List<Long> list = List.copyOf(ids);
    return Jdbc.query(dataSource, "reading articles", connection -> {
      for (int from = 0; from < list.size(); from += 500) {
        List<Long> chunk = list.subList(from, Math.min(list.size(), from + 500));
        String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
        try (PreparedStatement select = connection.prepareStatement(
            "SELECT " + COLUMNS + " FROM articles WHERE id IN (" + marks + ")")) {
          for (int i = 0; i < chunk.size(); i++) {
            select.setLong(i + 1, chunk.get(i));
          }
          try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
              Article article = read(rs);
              found.put(article.id(), article);
            }
          }
        }
      }
      return found;
    });
  }

  /** Calls {@code each} for every article, in id order, without holding them all in memory. */
  public void forEach(Consumer<Article> each) {
    Jdbc.query(dataSource, "reading all articles", connection -> {
      long after = 0;
      while (true) {
        int seen = 0;
        try (PreparedStatement select = connection.prepareStatement(
            "SELECT " + COLUMNS + " FROM articles WHERE id > ? ORDER BY id LIMIT 1000")) {
          select.setLong(1, after);
          try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
              Article article = read(rs);
              after = article.id();
              seen++;
              each.accept(article);
            }
          }
        }
        if (seen == 0) {
          return null;
        }
      }
    });
  }

  /** Logged changes after {@code seq}, oldest first. */
  public List<Change> changesSince(long seq, int limit) {
    return Jdbc.query(dataSource, "reading the change log", connection -> {
      List<Change> changes = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT seq, article_id FROM article_changes WHERE seq > ? ORDER BY seq LIMIT ?")) {
        select.setLong(1, seq);
        select.setInt(2, limit);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            changes.add(new Change(rs.getLong(1), rs.getLong(2)));
          }
        }
      }
      return changes;
    });
  }

  /**
   * Logs a change for every article that has none, and returns how many. An embedded database
   * killed in the middle of a long transaction can come back with part of its rows kept (H2 keeps a
   * row whose undo record did not reach the file); such an article is then logged as new, so the
   * index, stories and alerts take it up like any other instead of never seeing it.
   */
  public int logUnloggedArticles() {
    return Jdbc.inTransaction(dataSource, "logging articles stored without their change", connection -> {
      List<Long> unlogged = new ArrayList<>();
      // EXCEPT sorts or hashes both sides: no index on the log's article ids is needed
      try (PreparedStatement select = connection.prepareStatement(
              "SELECT id FROM articles EXCEPT SELECT article_id FROM article_changes");
          ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          unlogged.add(rs.getLong(1));
        }
      }
      if (unlogged.isEmpty()) {
        return 0;
      }
      lockChangeLog(connection);
      OffsetDateTime now = Jdbc.timestamp(clock.instant());
      try (PreparedStatement log = connection.prepareStatement(
          "INSERT INTO article_changes (article_id, changed_at) VALUES (?, ?)")) {
        for (long id : unlogged) {
          log.setLong(1, id);
          log.setObject(2, now);
          log.addBatch();
        }
        log.executeBatch();
      }
      return unlogged.size();
    });
  }

  /** The newest change's sequence number, 0 when nothing was ever stored. */
  public long lastChange() {
    return singleLong("SELECT COALESCE(MAX(seq), 0) FROM article_changes");
  }

  public long count() {
    return singleLong("SELECT COUNT(*) FROM articles");
  }

  /** How many articles each source has, by source id. */
  public Map<Long, Long> countsBySource() {
    return Jdbc.query(dataSource, "counting articles", connection -> {
      Map<Long, Long> counts = new HashMap<>();
      try (PreparedStatement select = connection.prepareStatement(
              "SELECT source_id, COUNT(*) FROM articles WHERE source_id IS NOT NULL GROUP BY source_id");
          ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          counts.put(rs.getLong(1), rs.getLong(2));
        }
      }
      return counts;
    });
  }

  private long singleLong(String sql) {
    return Jdbc.query(dataSource, "reading articles", connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql);
          ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  private static Article read(ResultSet rs) throws SQLException {
    long sourceId = rs.getLong(2);
    Long source = rs.wasNull() ? null : sourceId;
    OffsetDateTime ingested = rs.getObject(10, OffsetDateTime.class);
    return new Article(rs.getLong(1), source, rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8), rs.getString(9),
        ingested == null ? Instant.EPOCH : ingested.toInstant());
  }
}
