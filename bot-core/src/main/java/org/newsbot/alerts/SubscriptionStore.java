package org.newsbot.alerts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.newsbot.store.Jdbc;

/**
 * Subscriptions in the database. Every change takes the next version from a counter row whose
 * lock orders concurrent writers, so a matcher that has applied version n has seen all before it.
 */
final class SubscriptionStore {
  private static final String COLUMNS =
      "id, platform, chat_id, query, created_by, created_at, after_change, removed_at, version";

  private final DataSource dataSource;
  private final Clock clock;

  SubscriptionStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** Why a subscription was not added. */
  sealed interface Added permits Created, Duplicate, LimitReached {}

  record Created(Subscription subscription) implements Added {}

  record Duplicate(Subscription existing) implements Added {}

  record LimitReached(int limit) implements Added {}

  /**
   * Adds a subscription unless the chat has the same query already or has {@code limit} of them.
   * {@code sameQuery} decides sameness (the parsed reading, not the spelling).
   */
  Added add(String platform, String chatId, String query, String createdBy, int limit,
      java.util.function.Predicate<String> sameQuery) {
    return Jdbc.inTransaction(dataSource, "adding a subscription", connection -> {
      long version = nextVersion(connection);
      List<Subscription> existing = forChat(connection, platform, chatId);
      for (Subscription subscription : existing) {
        if (sameQuery.test(subscription.query())) {
          connection.rollback();
          return new Duplicate(subscription);
        }
      }
      if (existing.size() >= limit) {
        connection.rollback();
        return new LimitReached(limit);
      }
      OffsetDateTime now = Jdbc.timestamp(clock.instant());
      long afterChange;
      try (PreparedStatement last = connection.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM article_changes");
          ResultSet rs = last.executeQuery()) {
        rs.next();
        afterChange = rs.getLong(1);
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO subscriptions (platform, chat_id, query, created_by, created_at, after_change, version)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
        insert.setString(1, platform);
        insert.setString(2, chatId);
        insert.setString(3, query);
        insert.setString(4, createdBy);
        insert.setObject(5, now);
        insert.setLong(6, afterChange);
        insert.setLong(7, version);
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          return new Created(new Subscription(keys.getLong(1), platform, chatId, query, createdBy,
              now.toInstant(), afterChange, true, version));
        }
      }
    });
  }

  /** Removes a subscription of this chat; empty when the chat has no such subscription. */
  Optional<Subscription> remove(String platform, String chatId, long id) {
    return Jdbc.inTransaction(dataSource, "removing subscription " + id, connection -> {
      long version = nextVersion(connection);
      Optional<Subscription> found = forChat(connection, platform, chatId).stream()
          .filter(subscription -> subscription.id() == id).findFirst();
      if (found.isEmpty()) {
        connection.rollback();
        return found;
      }
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE subscriptions SET removed_at = ?, version = ? WHERE id = ?")) {
        update.setObject(1, Jdbc.timestamp(clock.instant()));
        update.setLong(2, version);
        update.setLong(3, id);
        update.executeUpdate();
      }
      return found;
    });
  }

  /** The chat's active subscriptions, oldest first. */
  List<Subscription> forChat(String platform, String chatId) {
    return Jdbc.query(dataSource, "reading subscriptions", connection -> forChat(connection, platform, chatId));
  }

  private static List<Subscription> forChat(Connection connection, String platform, String chatId)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
        + " FROM subscriptions WHERE platform = ? AND chat_id = ? AND removed_at IS NULL ORDER BY id")) {
      select.setString(1, platform);
      select.setString(2, chatId);
      return read(select);
    }
  }

  /** The newest version handed out; 0 before the first subscription. */
  long version() {
    return Jdbc.query(dataSource, "reading the subscription version", connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT COALESCE(MAX(version), 0) FROM subscriptions");
          ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  /** Calls {@code each} for every active subscription up to {@code version}, in id order. */
  void forEachActive(long version, Consumer<Subscription> each) {
    Jdbc.query(dataSource, "reading subscriptions", connection -> {
      long after = 0;
      while (true) {
        List<Subscription> page;
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
            + " FROM subscriptions WHERE id > ? AND version <= ? AND removed_at IS NULL ORDER BY id LIMIT 5000")) {
          select.setLong(1, after);
          select.setLong(2, version);
          page = read(select);
        }
        if (page.isEmpty()) {
          return null;
        }
        page.forEach(each);
        after = page.getLast().id();
      }
    });
  }

  /** Subscriptions added or removed after {@code version}, in version order. */
  List<Subscription> changedSince(long version, int limit) {
    return Jdbc.query(dataSource, "reading subscription changes", connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
          + " FROM subscriptions WHERE version > ? ORDER BY version LIMIT ?")) {
        select.setLong(1, version);
        select.setInt(2, limit);
        return read(select);
      }
    });
  }

  /** These subscriptions by id, read inside the caller's transaction. */
  static Map<Long, Subscription> find(Connection connection, Collection<Long> ids) throws SQLException {
    Map<Long, Subscription> found = new HashMap<>();
    List<Long> list = List.copyOf(ids);
    for (int from = 0; from < list.size(); from += 500) {
      List<Long> chunk = list.subList(from, Math.min(list.size(), from + 500));
      try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
          + " FROM subscriptions WHERE id IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          select.setLong(i + 1, chunk.get(i));
        }
        read(select).forEach(subscription -> found.put(subscription.id(), subscription));
      }
    }
    return found;
  }

  private static long nextVersion(Connection connection) throws SQLException {
    // the row lock taken here is held until commit: versions become visible in order
    try (PreparedStatement bump = connection.prepareStatement(
        "UPDATE alert_counters SET issued = issued + 1 WHERE name = 'subscriptions'")) {
      bump.executeUpdate();
    }
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT issued FROM alert_counters WHERE name = 'subscriptions'");
        ResultSet rs = select.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<Subscription> read(PreparedStatement select) throws SQLException {
    List<Subscription> subscriptions = new ArrayList<>();
    try (ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        subscriptions.add(new Subscription(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getLong(7),
            rs.getObject(8) == null, rs.getLong(9)));
      }
    }
    return subscriptions;
  }
}
