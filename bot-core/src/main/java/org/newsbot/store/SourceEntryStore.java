package org.newsbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The entries each web source has shown, keyed by their identity within the source (a hash of the
 * GUID, else of the canonical URL), with the article each became.
 */
public final class SourceEntryStore {
  private final DataSource dataSource;

  public SourceEntryStore(Database database) {
    this.dataSource = database.dataSource();
  }

  /** An entry seen before: the article it became (null when it was skipped) and its hash then. */
  public record Seen(String key, Long articleId, String articleUrl, String entryHash) {}

  /** An entry to remember. */
  public record Entry(String key, String guid, Long articleId, String articleUrl, String author,
      String entryHash) {}

  /** The entries of {@code sourceId} among {@code keys}, by key. */
  public Map<String, Seen> find(long sourceId, Collection<String> keys) {
    Map<String, Seen> found = new HashMap<>();
    if (keys.isEmpty()) {
      return found;
    }
    List<String> list = List.copyOf(keys);
    return Jdbc.query(dataSource, "reading source entries", connection -> {
      for (int from = 0; from < list.size(); from += 500) {
        List<String> chunk = list.subList(from, Math.min(list.size(), from + 500));
        String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
        try (PreparedStatement select = connection.prepareStatement(
            "SELECT entry_key, article_id, article_url, entry_hash FROM source_entries"
                + " WHERE source_id = ? AND entry_key IN (" + marks + ")")) {
          select.setLong(1, sourceId);
          for (int i = 0; i < chunk.size(); i++) {
            select.setString(i + 2, chunk.get(i));
          }
          try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
              long article = rs.getLong(2);
              Long articleId = rs.wasNull() ? null : article;
              found.put(rs.getString(1), new Seen(rs.getString(1), articleId, rs.getString(3), rs.getString(4)));
            }
          }
        }
      }
      return found;
    });
  }

  /** Remembers entries of a source, replacing what was known under the same keys. */
  public void record(long sourceId, List<Entry> entries, Instant seenAt) {
    if (entries.isEmpty()) {
      return;
    }
    Jdbc.inTransaction(dataSource, "recording source entries", connection -> {
      try (PreparedStatement update = connection.prepareStatement(
              "UPDATE source_entries SET guid = ?, article_id = ?, article_url = ?, author = ?,"
                  + " entry_hash = ?, seen_at = ? WHERE source_id = ? AND entry_key = ?");
          PreparedStatement insert = connection.prepareStatement(
              "INSERT INTO source_entries (guid, article_id, article_url, author, entry_hash, seen_at,"
                  + " source_id, entry_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (Entry entry : entries) {
          bind(update, entry, sourceId, seenAt);
          if (update.executeUpdate() == 0) {
            bind(insert, entry, sourceId, seenAt);
            insert.executeUpdate();
          }
        }
      }
      return null;
    });
  }

  private static void bind(PreparedStatement statement, Entry entry, long sourceId, Instant seenAt)
      throws java.sql.SQLException {
    statement.setString(1, truncate(entry.guid(), 2048));
    statement.setObject(2, entry.articleId());
    statement.setString(3, truncate(entry.articleUrl(), 2048));
    statement.setString(4, truncate(entry.author(), 200));
    statement.setString(5, entry.entryHash());
    statement.setObject(6, Jdbc.timestamp(seenAt));
    statement.setLong(7, sourceId);
    statement.setString(8, entry.key());
  }

  /** The byline a source gave for an article, if any. */
  public Optional<String> author(long articleId) {
    return Jdbc.query(dataSource, "reading an article's author", connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT author FROM source_entries WHERE article_id = ? AND author IS NOT NULL ORDER BY seen_at DESC LIMIT 1")) {
        select.setLong(1, articleId);
        try (ResultSet rs = select.executeQuery()) {
          return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
        }
      }
    });
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
