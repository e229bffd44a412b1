package org.newsbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;

/** Article fingerprints, their LSH bands and the story each article belongs to. */
public final class StoryStore {
  private final DataSource dataSource;

  public StoryStore(Database database) {
    this.dataSource = database.dataSource();
  }

  /** A stored fingerprint: the article, its story, and its signature bytes. */
  public record Fingerprint(long articleId, long storyId, byte[] signature) {}

  /** The fingerprints of articles other than {@code articleId} that share any of these band hashes. */
  public List<Fingerprint> sharingBands(long articleId, long[] bandHashes) {
    return Jdbc.query(dataSource, "finding similar articles", connection -> {
      List<Fingerprint> found = new ArrayList<>();
      String marks = String.join(",", Collections.nCopies(bandHashes.length, "?"));
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT DISTINCT f.article_id, f.story_id, f.signature FROM fingerprint_bands b"
              + " JOIN article_fingerprints f ON f.article_id = b.article_id"
              + " WHERE b.band_hash IN (" + marks + ") AND b.article_id <> ?")) {
        int i = 1;
        for (long hash : bandHashes) {
          select.setLong(i++, hash);
        }
        select.setLong(i, articleId);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            found.add(new Fingerprint(rs.getLong(1), rs.getLong(2), rs.getBytes(3)));
          }
        }
      }
      return found;
    });
  }

  /**
   * Stores an article's fingerprint and bands, replacing any earlier ones, and returns its story: the
   * one it was filed under before, if it was, else {@code storyId}. An article keeps its story once
   * filed (a revision or a second process filing it again must not make it a new story, which would
   * alert its subscribers again).
   */
  public long put(long articleId, long storyId, byte[] signature, long[] bandHashes) {
    Long kept = Jdbc.inTransaction(dataSource, "storing the fingerprint of article " + articleId, connection -> {
      try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
        exists.setLong(1, articleId);
        try (ResultSet rs = exists.executeQuery()) {
          if (!rs.next()) {
            return null; // removed meanwhile
          }
        }
      }
      long story = storyId;
      try (PreparedStatement earlier = connection.prepareStatement(
          "SELECT story_id FROM article_fingerprints WHERE article_id = ?")) {
        earlier.setLong(1, articleId);
        try (ResultSet rs = earlier.executeQuery()) {
          if (rs.next()) {
            story = rs.getLong(1);
          }
        }
      }
      try (PreparedStatement delete = connection.prepareStatement(
              "DELETE FROM fingerprint_bands WHERE article_id = ?");
          PreparedStatement deleteFingerprint = connection.prepareStatement(
              "DELETE FROM article_fingerprints WHERE article_id = ?")) {
        delete.setLong(1, articleId);
        delete.executeUpdate();
        deleteFingerprint.setLong(1, articleId);
        deleteFingerprint.executeUpdate();
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO article_fingerprints (article_id, story_id, signature) VALUES (?, ?, ?)")) {
        insert.setLong(1, articleId);
        insert.setLong(2, story);
        insert.setBytes(3, signature);
        insert.executeUpdate();
      }
      try (PreparedStatement band = connection.prepareStatement(
          "INSERT INTO fingerprint_bands (article_id, band, band_hash) VALUES (?, ?, ?)")) {
        for (int i = 0; i < bandHashes.length; i++) {
          band.setLong(1, articleId);
          band.setInt(2, i);
          band.setLong(3, bandHashes[i]);
          band.addBatch();
        }
        band.executeBatch();
      }
      return story;
    });
    return kept == null ? storyId : kept;
  }

  public OptionalLong storyOf(long articleId) {
    return Jdbc.query(dataSource, "reading an article's story", connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT story_id FROM article_fingerprints WHERE article_id = ?")) {
        select.setLong(1, articleId);
        try (ResultSet rs = select.executeQuery()) {
          return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
        }
      }
    });
  }

  /** The articles of a story, oldest first. */
  public List<Long> members(long storyId) {
    return Jdbc.query(dataSource, "reading a story", connection -> {
      List<Long> ids = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT article_id FROM article_fingerprints WHERE story_id = ? ORDER BY article_id")) {
        select.setLong(1, storyId);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getLong(1));
          }
        }
      }
      return ids;
    });
  }
}
