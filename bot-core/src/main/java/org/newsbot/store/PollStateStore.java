package org.newsbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** The polling state of web sources. */
public final class PollStateStore {
  private static final int MAX_ERROR_CHARS = 2000;
  private static final String COLUMNS = "source_id, interval_seconds, etag, last_modified, format, title,"
      + " last_attempt, last_success, last_error, last_error_at, next_attempt, failures";

  private final DataSource dataSource;

  public PollStateStore(Database database) {
    this.dataSource = database.dataSource();
  }

  /** Starts polling a source at {@code firstAttempt}; a source already polled keeps its state. */
  public void start(long sourceId, Instant firstAttempt) {
    start(sourceId, firstAttempt, null, null);
  }

  /** Starts polling a source whose format and title are known from adding it. */
  public void start(long sourceId, Instant firstAttempt, String format, String title) {
    Jdbc.inTransaction(dataSource, "starting to poll source " + sourceId, connection -> {
      try (PreparedStatement exists = connection.prepareStatement(
          "SELECT 1 FROM source_polls WHERE source_id = ?")) {
        exists.setLong(1, sourceId);
        try (ResultSet rs = exists.executeQuery()) {
          if (rs.next()) {
            return null;
          }
        }
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO source_polls (source_id, next_attempt, failures, format, title) VALUES (?, ?, 0, ?, ?)")) {
        insert.setLong(1, sourceId);
        insert.setObject(2, Jdbc.timestamp(firstAttempt));
        insert.setString(3, truncate(format, 32));
        insert.setString(4, truncate(title, 1000));
        insert.executeUpdate();
      }
      return null;
    });
  }

  public Optional<PollState> find(long sourceId) {
    return select("SELECT " + COLUMNS + " FROM source_polls WHERE source_id = ?", sourceId)
        .stream().findFirst();
  }

  /** Every polled source's state, by source id. */
  public Map<Long, PollState> all() {
    Map<Long, PollState> states = new LinkedHashMap<>();
    for (PollState state : select("SELECT " + COLUMNS + " FROM source_polls ORDER BY source_id", null)) {
      states.put(state.sourceId(), state);
    }
    return states;
  }

  /** The sources due at {@code now}, the longest overdue first. */
  public List<Long> due(Instant now, int limit) {
    return Jdbc.query(dataSource, "finding sources due for polling", connection -> {
      List<Long> ids = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT source_id FROM source_polls WHERE next_attempt <= ? ORDER BY next_attempt, source_id LIMIT ?")) {
        select.setObject(1, Jdbc.timestamp(now));
        select.setInt(2, limit);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getLong(1));
          }
        }
      }
      return ids;
    });
  }

  /**
   * Records a successful poll. With {@code newValidators} the ETag and Last-Modified are replaced
   * (a 200); without, they stay (a 304 confirmed them).
   */
  public void succeeded(long sourceId, Instant at, Instant next, boolean newValidators, String etag,
      String lastModified, String format, String title) {
    Jdbc.inTransaction(dataSource, "recording a poll of source " + sourceId, connection -> {
      String validators = newValidators ? ", etag = ?, last_modified = ?" : "";
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE source_polls SET last_attempt = ?, last_success = ?, next_attempt = ?, failures = 0,"
              + " format = COALESCE(?, format), title = COALESCE(?, title)" + validators
              + " WHERE source_id = ?")) {
        int i = 1;
        update.setObject(i++, Jdbc.timestamp(at));
        update.setObject(i++, Jdbc.timestamp(at));
        update.setObject(i++, Jdbc.timestamp(next));
        update.setString(i++, truncate(format, 32));
        update.setString(i++, truncate(title, 1000));
        if (newValidators) {
          update.setString(i++, truncate(etag, 1000));
          update.setString(i++, truncate(lastModified, 200));
        }
        update.setLong(i, sourceId);
        update.executeUpdate();
      }
      return null;
    });
  }

  /** Records a failed poll: the error, one more failure in a row, and when to try again. */
  public void failed(long sourceId, Instant at, Instant next, String error) {
    Jdbc.inTransaction(dataSource, "recording a failed poll of source " + sourceId, connection -> {
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE source_polls SET last_attempt = ?, last_error = ?, last_error_at = ?, next_attempt = ?,"
              + " failures = failures + 1 WHERE source_id = ?")) {
        update.setObject(1, Jdbc.timestamp(at));
        update.setString(2, truncate(error, MAX_ERROR_CHARS));
        update.setObject(3, Jdbc.timestamp(at));
        update.setObject(4, Jdbc.timestamp(next));
        update.setLong(5, sourceId);
        update.executeUpdate();
      }
      return null;
    });
  }

  /** Sets a source's own polling interval; null returns it to the default. */
  public void setInterval(long sourceId, Duration interval) {
    Jdbc.inTransaction(dataSource, "setting the interval of source " + sourceId, connection -> {
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE source_polls SET interval_seconds = ? WHERE source_id = ?")) {
        update.setObject(1, interval == null ? null : (int) Math.min(Integer.MAX_VALUE, interval.toSeconds()));
        update.setLong(2, sourceId);
        update.executeUpdate();
      }
      return null;
    });
  }

  private List<PollState> select(String sql, Long parameter) {
    return Jdbc.query(dataSource, "reading poll states", connection -> {
      List<PollState> states = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        if (parameter != null) {
          select.setLong(1, parameter);
        }
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            states.add(read(rs));
          }
        }
      }
      return states;
    });
  }

  private static PollState read(ResultSet rs) throws SQLException {
    int seconds = rs.getInt(2);
    Duration interval = rs.wasNull() ? null : Duration.ofSeconds(seconds);
    return new PollState(rs.getLong(1), interval, rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), Jdbc.instant(rs.getObject(7)), Jdbc.instant(rs.getObject(8)), rs.getString(9),
        Jdbc.instant(rs.getObject(10)), Jdbc.instant(rs.getObject(11)), rs.getInt(12));
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
