package org.newsbot.alerts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.newsbot.store.Jdbc;

/**
 * The outbox as the dispatcher uses it. Within a chat messages go out in id order: only a run of
 * messages from a chat's oldest unsent one (its head) may be sent, and they are claimed first so
 * that two dispatchers never send them together. A claim that is not settled in time (the process died while sending)
 * expires and the message is sent again: that is where at-least-once remains.
 */
final class OutboxStore {
  private final DataSource dataSource;

  OutboxStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A message waiting to go to a chat; {@code parked} when sending it probes a parked chat. */
  record Row(long id, String platform, String chatId, String kind, Long alertId, Long articleId, String note,
      String key, int attempts, boolean parked) {}

  /** Returns to the queue messages whose sender died before settling them. */
  int reclaimExpired(Instant now) {
    return update("reclaiming unsettled alerts",
        "UPDATE alert_outbox SET status = 'PENDING', claimed_until = NULL WHERE status = 'SENDING' AND claimed_until < ?",
        statement -> statement.setObject(1, Jdbc.timestamp(now)));
  }

  /**
   * The messages each chat may send now, oldest first and at most {@code perChat} of them: the
   * unbroken run of due messages from the chat's head (the oldest unsent), on these platforms, in
   * chats neither muted nor parked. A parked chat offers only its head, when it is time to try it
   * again. A chat whose head is being sent or waits for a retry offers nothing.
   */
  List<List<Row>> queues(Set<String> platforms, Instant now, int perChat, int chats) {
    if (platforms.isEmpty()) {
      return List.of();
    }
    String marks = String.join(",", Collections.nCopies(platforms.size(), "?"));
    // equality on status keeps every lookup on the index (status, platform, chat_id, id): the
    // oldest pending message of each chat, and the chats with a message out for sending
    String heads = "SELECT platform, chat_id, MIN(id) FROM alert_outbox WHERE status = ?"
        + " AND platform IN (" + marks + ") GROUP BY platform, chat_id ORDER BY 3";
    String blocked = "SELECT platform, chat_id FROM alert_chats WHERE (parked_at IS NOT NULL AND next_probe > ?)"
        + " OR muted_until > ?";
    String run = "SELECT o.id, o.platform, o.chat_id, o.kind, o.alert_id, o.article_id, o.note, o.idempotency_key,"
        + " o.attempts, c.parked_at, o.status, o.next_attempt FROM alert_outbox o"
        + " LEFT JOIN alert_chats c ON c.platform = o.platform AND c.chat_id = o.chat_id"
        + " WHERE o.status = 'PENDING' AND o.platform = ? AND o.chat_id = ? AND o.id >= ?"
        + " ORDER BY o.id LIMIT ?";
    return Jdbc.query(dataSource, "reading the alert outbox", connection -> {
      OffsetDateTime at = Jdbc.timestamp(now);
      Set<String> waiting = new java.util.HashSet<>();
      try (PreparedStatement select = connection.prepareStatement(blocked)) {
        select.setObject(1, at);
        select.setObject(2, at);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            waiting.add(rs.getString(1) + "\u0000" + rs.getString(2));
          }
        }
      }
      java.util.Map<String, Long> sending = new java.util.HashMap<>();
      for (Head head : heads(connection, heads, "SENDING", platforms)) {
        sending.put(head.platform() + "\u0000" + head.chatId(), head.id());
      }
      List<Head> candidates = new ArrayList<>();
      for (Head head : heads(connection, heads, "PENDING", platforms)) {
        String chat = head.platform() + "\u0000" + head.chatId();
        Long out = sending.get(chat);
        // a chat whose older message is out for sending waits for it: messages keep their order
        if (!waiting.contains(chat) && (out == null || out > head.id())) {
          candidates.add(head);
        }
      }
      List<List<Row>> queues = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(run)) {
        for (Head head : candidates) {
          if (queues.size() == chats) {
            break;
          }
          select.setString(1, head.platform());
          select.setString(2, head.chatId());
          select.setLong(3, head.id());
          select.setInt(4, perChat);
          List<Row> queue = new ArrayList<>();
          try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
              Row row = row(rs);
              boolean ready = rs.getString(11).equals("PENDING")
                  && !rs.getObject(12, OffsetDateTime.class).toInstant().isAfter(now);
              // a parked chat offers only its head, to find out whether it is back
              if (!ready || row.parked() && !queue.isEmpty()) {
                break;
              }
              queue.add(row);
            }
          }
          if (!queue.isEmpty()) {
            queues.add(queue);
          }
        }
      }
      return queues;
    });
  }

  private record Head(String platform, String chatId, long id) {}

  private static List<Head> heads(Connection connection, String sql, String status, Set<String> platforms)
      throws SQLException {
    List<Head> heads = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      int i = 1;
      select.setString(i++, status);
      for (String platform : platforms) {
        select.setString(i++, platform);
      }
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          heads.add(new Head(rs.getString(1), rs.getString(2), rs.getLong(3)));
        }
      }
    }
    return heads;
  }

  /** When the earliest message waiting for a retry on these platforms is due; null when none waits. */
  Instant nextRetry(Set<String> platforms) {
    if (platforms.isEmpty()) {
      return null;
    }
    String marks = String.join(",", Collections.nCopies(platforms.size(), "?"));
    return Jdbc.query(dataSource, "reading the alert outbox", connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT MIN(next_attempt) FROM alert_outbox WHERE status = 'PENDING' AND platform IN (" + marks + ")")) {
        int i = 1;
        for (String platform : platforms) {
          select.setString(i++, platform);
        }
        try (ResultSet rs = select.executeQuery()) {
          rs.next();
          OffsetDateTime at = rs.getObject(1, OffsetDateTime.class);
          return at == null ? null : at.toInstant();
        }
      }
    });
  }

  /**
   * Takes these messages of one chat for sending until {@code until}, in order; returns how many
   * it took. It stops at the first one another sender has taken, so what it took is a run from the
   * chat's head.
   */
  int claim(List<Row> rows, Instant until) {
    return Jdbc.inTransaction(dataSource, "claiming alerts", connection -> {
      int claimed = 0;
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE alert_outbox SET status = 'SENDING', claimed_until = ? WHERE id = ? AND status = 'PENDING'")) {
        for (Row row : rows) {
          update.setObject(1, Jdbc.timestamp(until));
          update.setLong(2, row.id());
          if (update.executeUpdate() != 1) {
            break;
          }
          claimed++;
        }
      }
      if (claimed < rows.size()) {
        release(connection, rows.subList(claimed, rows.size()));
      }
      return claimed;
    });
  }

  /** Gives back claimed messages that were not tried, for the next round. */
  void release(List<Row> rows) {
    if (!rows.isEmpty()) {
      Jdbc.inTransaction(dataSource, "releasing alerts", connection -> {
        release(connection, rows);
        return null;
      });
    }
  }

  private static void release(Connection connection, List<Row> rows) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE alert_outbox SET status = 'PENDING', claimed_until = NULL WHERE id = ? AND status = 'SENDING'")) {
      for (Row row : rows) {
        update.setLong(1, row.id());
        update.addBatch();
      }
      update.executeBatch();
    }
  }

  void sent(long id, Instant now) {
    settle(id, "SENT", null, now, 0, null);
  }

  /** Back to the queue, to be tried at {@code next}. */
  void retry(long id, int attempts, Instant next, String error) {
    settle(id, "PENDING", next, null, attempts, error);
  }

  /** The platform refused the message itself: it is not tried again. */
  void fail(long id, int attempts, String error) {
    settle(id, "FAILED", null, null, attempts, error);
  }

  /** Its subscription was removed before it went out. */
  void cancel(long id) {
    settle(id, "CANCELLED", null, null, 0, null);
  }

  private void settle(long id, String status, Instant next, Instant sentAt, int attempts, String error) {
    StringBuilder sql = new StringBuilder("UPDATE alert_outbox SET status = ?, claimed_until = NULL");
    if (next != null) {
      sql.append(", next_attempt = ?");
    }
    if (sentAt != null) {
      sql.append(", sent_at = ?");
    }
    if (attempts > 0) {
      sql.append(", attempts = ?");
    }
    if (error != null) {
      sql.append(", last_error = ?");
    }
    sql.append(" WHERE id = ?");
    update("settling an alert", sql.toString(), statement -> {
      int i = 1;
      statement.setString(i++, status);
      if (next != null) {
        statement.setObject(i++, Jdbc.timestamp(next));
      }
      if (sentAt != null) {
        statement.setObject(i++, Jdbc.timestamp(sentAt));
      }
      if (attempts > 0) {
        statement.setInt(i++, attempts);
      }
      if (error != null) {
        statement.setString(i++, error.length() > 1000 ? error.substring(0, 1000) : error);
      }
      statement.setLong(i, id);
    });
  }

  /** Chats with messages held for a digest or the end of a mute. */
  List<ChatState> chatsHolding() {
    return Jdbc.query(dataSource, "reading held alerts", connection -> {
      List<ChatState> chats = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT DISTINCT platform, chat_id FROM alert_outbox WHERE status = 'HELD'");
          ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          chats.add(ChatStore.get(connection, rs.getString(1), rs.getString(2)));
        }
      }
      return chats;
    });
  }

  /**
   * Gathers the chat's held messages into one digest message and sets when the next digest is
   * due, in one transaction; returns the digest's id, or null when nothing was held.
   */
  Long digest(String platform, String chatId, Instant now, Instant nextDigest) {
    return Jdbc.inTransaction(dataSource, "making a digest", connection -> {
      ChatStore.nextDigest(connection, platform, chatId, nextDigest);
      long first;
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT MIN(id) FROM alert_outbox WHERE platform = ? AND chat_id = ? AND status = 'HELD'")) {
        select.setString(1, platform);
        select.setString(2, chatId);
        try (ResultSet rs = select.executeQuery()) {
          rs.next();
          first = rs.getLong(1);
          if (rs.wasNull()) {
            return null;
          }
        }
      }
      long digestId;
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO alert_outbox (platform, chat_id, kind, idempotency_key, status, attempts, next_attempt,"
              + " created_at) VALUES (?, ?, 'DIGEST', ?, 'PENDING', 0, ?, ?)", new String[] {"id"})) {
        OffsetDateTime at = Jdbc.timestamp(now);
        insert.setString(1, platform);
        insert.setString(2, chatId);
        // the first held message names the digest: it can be in one digest only
        insert.setString(3, "digest:" + first);
        insert.setObject(4, at);
        insert.setObject(5, at);
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          digestId = keys.getLong(1);
        }
      }
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE alert_outbox SET status = 'DIGESTED', digest_id = ? WHERE platform = ? AND chat_id = ?"
              + " AND status = 'HELD' AND id < ?")) {
        update.setLong(1, digestId);
        update.setString(2, platform);
        update.setString(3, chatId);
        update.setLong(4, digestId);
        update.executeUpdate();
      }
      return digestId;
    });
  }

  /** How many messages have this status; for status lines and tests. */
  long count(String status) {
    return Jdbc.query(dataSource, "counting alerts", connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT COUNT(*) FROM alert_outbox WHERE status = ?")) {
        select.setString(1, status);
        try (ResultSet rs = select.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
  }

  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private int update(String what, String sql, Binder binder) {
    return Jdbc.inTransaction(dataSource, what, connection -> {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        binder.bind(statement);
        return statement.executeUpdate();
      }
    });
  }

  private static Row row(ResultSet rs) throws SQLException {
    long alertId = rs.getLong(5);
    Long alert = rs.wasNull() ? null : alertId;
    long articleId = rs.getLong(6);
    Long article = rs.wasNull() ? null : articleId;
    return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), alert, article,
        rs.getString(7), rs.getString(8), rs.getInt(9), rs.getObject(10) != null);
  }
}
