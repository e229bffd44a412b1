package org.newsbot.alerts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.newsbot.store.Jdbc;

/**
 * How far matching has followed the article change log: every change up to {@code lastSeq} is
 * matched, and so are the ones in {@code done} above it. Sequence numbers are handed out when a
 * transaction logs a change, not when it commits, so a number can show up late (a long import
 * commits after a short one) or never (a rolled back one). Matching goes on past such a gap, and
 * the cursor waits at it until the number appears or the gap is older than the gap timeout.
 */
final class MatchCursor {
  private static final String NAME = "matcher";

  private MatchCursor() {}

  record Change(long seq, long articleId) {}

  record Position(long lastSeq, TreeSet<Long> done) {}

  static Position read(DataSource dataSource) {
    return Jdbc.query(dataSource, "reading the alert cursor", connection -> {
      long last;
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT last_seq FROM alert_cursor WHERE name = ?")) {
        select.setString(1, NAME);
        try (ResultSet rs = select.executeQuery()) {
          last = rs.next() ? rs.getLong(1) : 0;
        }
      }
      TreeSet<Long> done = new TreeSet<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT seq FROM alert_changes_done WHERE seq > ?")) {
        select.setLong(1, last);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            done.add(rs.getLong(1));
          }
        }
      }
      return new Position(last, done);
    });
  }

  /** The changes after the cursor not matched yet, oldest first. */
  static List<Change> pending(DataSource dataSource, Position position, int limit) {
    return Jdbc.query(dataSource, "reading the article change log", connection -> {
      List<Change> changes = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT seq, article_id FROM article_changes WHERE seq > ? ORDER BY seq LIMIT ?")) {
        select.setLong(1, position.lastSeq());
        select.setInt(2, limit + position.done().size());
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next() && changes.size() < limit) {
            long seq = rs.getLong(1);
            if (!position.done().contains(seq)) {
              changes.add(new Change(seq, rs.getLong(2)));
            }
          }
        }
      }
      return changes;
    });
  }

  /**
   * Locks the cursor row for this transaction; false when another matcher moved it since
   * {@code position} was read (this one's work is then thrown away and redone from the new place).
   */
  static boolean lock(Connection connection, Position position) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT last_seq FROM alert_cursor WHERE name = ? FOR UPDATE")) {
      select.setString(1, NAME);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          return false;
        }
        if (rs.getLong(1) != position.lastSeq()) {
          return false;
        }
      }
    }
    try (PreparedStatement count = connection.prepareStatement(
        "SELECT COUNT(*) FROM alert_changes_done WHERE seq > ?")) {
      count.setLong(1, position.lastSeq());
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        return rs.getInt(1) == position.done().size();
      }
    }
  }

  /** Records {@code matched} as done and moves the cursor as far as no gap holds it back. */
  static long advance(Connection connection, Position position, Collection<Long> matched, Instant now,
      Duration gapTimeout) throws SQLException {
    TreeSet<Long> done = new TreeSet<>(position.done());
    done.addAll(matched);
    long last = position.lastSeq();
    while (!done.isEmpty()) {
      long next = last + 1;
      if (done.first() == next) {
        done.pollFirst();
        last = next;
      } else if (abandoned(connection, next, now, gapTimeout)) {
        last = next;
      } else {
        break;
      }
    }
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE alert_cursor SET last_seq = ? WHERE name = ?")) {
      update.setLong(1, last);
      update.setString(2, NAME);
      update.executeUpdate();
    }
    if (last > position.lastSeq() && !position.done().isEmpty()) {
      try (PreparedStatement delete = connection.prepareStatement(
          "DELETE FROM alert_changes_done WHERE seq <= ?")) {
        delete.setLong(1, last);
        delete.executeUpdate();
      }
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO alert_changes_done (seq) VALUES (?)")) {
      int batched = 0;
      for (long seq : done) {
        // what remains beyond the cursor; the rows read at the start are there already
        if (!position.done().contains(seq)) {
          insert.setLong(1, seq);
          insert.addBatch();
          batched++;
        }
      }
      if (batched > 0) {
        insert.executeBatch();
      }
    }
    return last;
  }

  /**
   * Whether a missing sequence number will not come any more: it is still not in the log, and the
   * change logged after it is older than the timeout (no transaction runs that long).
   */
  private static boolean abandoned(Connection connection, long seq, Instant now, Duration timeout)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT seq, changed_at FROM article_changes WHERE seq >= ? ORDER BY seq LIMIT 1")) {
      select.setLong(1, seq);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next() || rs.getLong(1) == seq) {
          return false;
        }
        Instant logged = rs.getObject(2, OffsetDateTime.class).toInstant();
        return logged.isBefore(now.minus(timeout));
      }
    }
  }
}
