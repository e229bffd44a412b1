package org.newsbot.alerts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.newsbot.store.Jdbc;

/** Each chat's mute, digest schedule and parking, in the database. */
final class ChatStore {
  private static final String COLUMNS =
      "platform, chat_id, muted_until, digest, next_digest, parked_at, parked_reason, next_probe";

  private final DataSource dataSource;

  ChatStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  ChatState get(String platform, String chatId) {
    return Jdbc.query(dataSource, "reading chat settings", connection -> get(connection, platform, chatId));
  }

  static ChatState get(Connection connection, String platform, String chatId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT " + COLUMNS + " FROM alert_chats WHERE platform = ? AND chat_id = ?")) {
      select.setString(1, platform);
      select.setString(2, chatId);
      List<ChatState> found = read(select);
      return found.isEmpty() ? ChatState.fresh(platform, chatId) : found.getFirst();
    }
  }

  void mute(String platform, String chatId, Instant until) {
    update(platform, chatId, "muting a chat", "UPDATE alert_chats SET muted_until = ? WHERE platform = ? AND chat_id = ?",
        until);
  }

  void digest(String platform, String chatId, DigestSchedule schedule, Instant next) {
    Jdbc.inTransaction(dataSource, "setting a digest", connection -> {
      ensure(connection, platform, chatId);
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE alert_chats SET digest = ?, next_digest = ? WHERE platform = ? AND chat_id = ?")) {
        update.setString(1, schedule.text());
        update.setObject(2, next == null ? null : Jdbc.timestamp(next));
        update.setString(3, platform);
        update.setString(4, chatId);
        update.executeUpdate();
      }
      return null;
    });
  }

  void park(String platform, String chatId, Instant now, String reason, Instant nextProbe) {
    Jdbc.inTransaction(dataSource, "parking a chat", connection -> {
      ensure(connection, platform, chatId);
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE alert_chats SET parked_at = COALESCE(parked_at, ?), parked_reason = ?, next_probe = ?"
              + " WHERE platform = ? AND chat_id = ?")) {
        update.setObject(1, Jdbc.timestamp(now));
        String why = reason == null || reason.isBlank() ? "the platform gave no reason" : reason;
        update.setString(2, why.length() > 1000 ? why.substring(0, 1000) : why);
        update.setObject(3, Jdbc.timestamp(nextProbe));
        update.setString(4, platform);
        update.setString(5, chatId);
        update.executeUpdate();
      }
      return null;
    });
  }

  void unpark(String platform, String chatId) {
    update(platform, chatId, "unparking a chat",
        "UPDATE alert_chats SET parked_at = NULL, parked_reason = NULL, next_probe = ? WHERE platform = ? AND chat_id = ?",
        null);
  }

  /** Lets the dispatcher try a parked chat at once: someone used the bot there. */
  void probeNow(String platform, String chatId, Instant now) {
    update(platform, chatId, "waking a parked chat",
        "UPDATE alert_chats SET next_probe = ? WHERE platform = ? AND chat_id = ? AND parked_at IS NOT NULL", now);
  }

  /** Chats whose digest is due. */
  List<ChatState> digestsDue(Instant now) {
    return Jdbc.query(dataSource, "reading due digests", connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
          + " FROM alert_chats WHERE digest <> 'off' AND next_digest <= ? ORDER BY next_digest LIMIT 500")) {
        select.setObject(1, Jdbc.timestamp(now));
        return read(select);
      }
    });
  }

  static void nextDigest(Connection connection, String platform, String chatId, Instant next) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE alert_chats SET next_digest = ? WHERE platform = ? AND chat_id = ?")) {
      update.setObject(1, next == null ? null : Jdbc.timestamp(next));
      update.setString(2, platform);
      update.setString(3, chatId);
      update.executeUpdate();
    }
  }

  private void update(String platform, String chatId, String what, String sql, Instant value) {
    Jdbc.inTransaction(dataSource, what, connection -> {
      ensure(connection, platform, chatId);
      try (PreparedStatement update = connection.prepareStatement(sql)) {
        update.setObject(1, value == null ? null : Jdbc.timestamp(value));
        update.setString(2, platform);
        update.setString(3, chatId);
        update.executeUpdate();
      }
      return null;
    });
  }

  private static void ensure(Connection connection, String platform, String chatId) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO alert_chats (platform, chat_id, digest) SELECT ?, ?, 'off' WHERE NOT EXISTS"
            + " (SELECT 1 FROM alert_chats WHERE platform = ? AND chat_id = ?)")) {
      insert.setString(1, platform);
      insert.setString(2, chatId);
      insert.setString(3, platform);
      insert.setString(4, chatId);
      insert.executeUpdate();
    }
  }

  private static List<ChatState> read(PreparedStatement select) throws SQLException {
    List<ChatState> chats = new ArrayList<>();
    try (ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        chats.add(new ChatState(rs.getString(1), rs.getString(2), instant(rs, 3),
            DigestSchedule.stored(rs.getString(4)), instant(rs, 5), instant(rs, 6), rs.getString(7),
            instant(rs, 8)));
      }
    }
    return chats;
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
