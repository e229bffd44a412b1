package org.newsbot.alerts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbot.store.Jdbc;

/**
 * Turns matches into alerts inside the matcher's transaction. The first match of a subscription
 * and a story makes the alert and its outbox row; later articles of the story fold into it (the
 * alert shows them as more outlets); a matched article that comes back revised sends an update
 * only when its key figures changed and the alert has already gone out. Recording the same match
 * twice changes nothing, so a batch redone after a crash is harmless.
 */
final class AlertWriter {
  /** One change's article, its story, and the subscriptions it matched with their matched terms. */
  record Found(long seq, ArticleSnapshot article, long storyId, Map<Long, List<String>> bySubscription) {}

  /** What recording did, for logs and tests. */
  record Recorded(int alerts, int folded, int updates) {}

  private AlertWriter() {}

  static Recorded record(Connection connection, List<Found> found, Instant now) throws SQLException {
    try (Statements statements = new Statements(connection)) {
      return record(statements, connection, found, now);
    }
  }

  private static Recorded record(Statements statements, Connection connection, List<Found> found, Instant now)
      throws SQLException {
    Set<Long> ids = new HashSet<>();
    found.forEach(f -> ids.addAll(f.bySubscription().keySet()));
    Map<Long, Subscription> subscriptions = SubscriptionStore.find(connection, ids);
    Map<String, ChatState> chats = new HashMap<>();
    int alerts = 0;
    int folded = 0;
    int updates = 0;
    for (Found f : found) {
      ArticleSnapshot article = f.article();
      // the article is stored once, however many subscriptions it matched; what the alerts
      // showed before tells whether its figures changed
      String figuresBefore = keepSnapshot(statements, article);
      boolean figuresChanged = figuresBefore != null && !figuresBefore.equals(article.figures());
      // what the article's story already has: read once per article, not once per match
      Map<Long, Existing> withArticle = alertsWithArticle(statements, article.articleId());
      Map<Long, Long> ofStory = alertsOfStory(statements, f.storyId());
      for (Map.Entry<Long, List<String>> match : f.bySubscription().entrySet()) {
        Subscription subscription = subscriptions.get(match.getKey());
        if (subscription == null || !subscription.active() || f.seq() <= subscription.afterChange()) {
          continue;
        }
        String chatKey = subscription.platform() + "\u0000" + subscription.chatId();
        ChatState chat = chats.get(chatKey);
        if (chat == null) {
          chat = ChatStore.get(connection, subscription.platform(), subscription.chatId());
          chats.put(chatKey, chat);
        }
        String status = chat.holding(now) ? "HELD" : "PENDING";
        Existing existing = withArticle.get(subscription.id());
        if (existing != null) {
          if (figuresChanged && delivered(statements, existing.alertId())) {
            int revision = existing.revision() + 1;
            setRevision(statements, existing.alertId(), revision);
            enqueue(statements, subscription, "UPDATE", existing.alertId(), article.articleId(),
                KeyFigures.change(figuresBefore, article.figures()),
                key(subscription.id(), existing.storyId()) + ":r" + revision, status, now);
            updates++;
          }
          continue;
        }
        String matched = matched(match.getValue());
        Long alertId = ofStory.get(subscription.id());
        if (alertId != null) {
          insertArticle(statements, alertId, article.articleId(), matched, now);
          withArticle.put(subscription.id(), new Existing(alertId, f.storyId(), 0));
          folded++;
          continue;
        }
        alertId = insertAlert(statements, subscription.id(), f.storyId(), article.articleId(), now);
        ofStory.put(subscription.id(), alertId);
        withArticle.put(subscription.id(), new Existing(alertId, f.storyId(), 0));
        insertArticle(statements, alertId, article.articleId(), matched, now);
        enqueue(statements, subscription, "ALERT", alertId, article.articleId(), null,
            key(subscription.id(), f.storyId()), status, now);
        alerts++;
      }
    }
    return new Recorded(alerts, folded, updates);
  }

  /** The idempotency key of a subscription's alert about a story; updates add their revision. */
  static String key(long subscriptionId, long storyId) {
    return "alert:" + subscriptionId + ":" + storyId;
  }

  private static String matched(List<String> terms) {
    String matched = String.join(", ", terms);
    return matched.length() > 1000 ? matched.substring(0, 1000) : matched;
  }

  private record Existing(long alertId, long storyId, int revision) {}

  /**
   * Stores the article as alerts will show it, replacing an earlier version; returns the key
   * figures the earlier version had, or null when there was none.
   */
  private static String keepSnapshot(Statements statements, ArticleSnapshot article) throws SQLException {
    PreparedStatement select = statements.get(
        "SELECT outlet, title, url, published, summary, figures FROM alert_snapshots WHERE article_id = ?");
    select.setLong(1, article.articleId());
    ArticleSnapshot before = null;
    try (ResultSet rs = select.executeQuery()) {
      if (rs.next()) {
        before = new ArticleSnapshot(article.articleId(), rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getObject(4, LocalDate.class), rs.getString(5), "", rs.getString(6));
      }
    }
    if (before != null && before.equals(article.withMatched(""))) {
      return before.figures();
    }
    PreparedStatement write = statements.get(before == null
        ? "INSERT INTO alert_snapshots (outlet, title, url, published, summary, figures, article_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)"
        : "UPDATE alert_snapshots SET outlet = ?, title = ?, url = ?, published = ?, summary = ?, figures = ?"
            + " WHERE article_id = ?");
    write.setString(1, article.outlet());
    write.setString(2, article.title());
    write.setString(3, article.url());
    write.setObject(4, article.published());
    write.setString(5, article.summary());
    write.setString(6, article.figures());
    write.setLong(7, article.articleId());
    write.executeUpdate();
    return before == null ? null : before.figures();
  }

  /** The alerts that already show this article, by subscription. */
  private static Map<Long, Existing> alertsWithArticle(Statements statements, long articleId) throws SQLException {
    PreparedStatement select = statements.get("SELECT a.subscription_id, a.id, a.story_id, a.revision"
        + " FROM alert_articles aa JOIN alerts a ON a.id = aa.alert_id WHERE aa.article_id = ?");
    select.setLong(1, articleId);
    Map<Long, Existing> found = new HashMap<>();
    try (ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        found.put(rs.getLong(1), new Existing(rs.getLong(2), rs.getLong(3), rs.getInt(4)));
      }
    }
    return found;
  }

  /** The alerts about this story, by subscription. */
  private static Map<Long, Long> alertsOfStory(Statements statements, long storyId) throws SQLException {
    PreparedStatement select = statements.get("SELECT subscription_id, id FROM alerts WHERE story_id = ?");
    select.setLong(1, storyId);
    Map<Long, Long> found = new HashMap<>();
    try (ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        found.put(rs.getLong(1), rs.getLong(2));
      }
    }
    return found;
  }

  /** Whether any message about the alert has left (or may have left) for the chat. */
  private static boolean delivered(Statements statements, long alertId) throws SQLException {
    PreparedStatement select = statements.get(
        "SELECT 1 FROM alert_outbox WHERE alert_id = ? AND status IN ('SENDING', 'SENT', 'DIGESTED', 'FAILED')");
    select.setLong(1, alertId);
    try (ResultSet rs = select.executeQuery()) {
      return rs.next();
    }
  }

  private static long insertAlert(Statements statements, long subscriptionId, long storyId, long articleId,
      Instant now) throws SQLException {
    PreparedStatement insert = statements.getReturningId("INSERT INTO alerts (subscription_id, story_id,"
        + " first_article_id, revision, created_at) VALUES (?, ?, ?, 0, ?)");
    insert.setLong(1, subscriptionId);
    insert.setLong(2, storyId);
    insert.setLong(3, articleId);
    insert.setObject(4, Jdbc.timestamp(now));
    insert.executeUpdate();
    try (ResultSet keys = insert.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  private static void insertArticle(Statements statements, long alertId, long articleId, String matched,
      Instant now) throws SQLException {
    PreparedStatement insert = statements.get(
        "INSERT INTO alert_articles (alert_id, article_id, matched, added_at) VALUES (?, ?, ?, ?)");
    insert.setLong(1, alertId);
    insert.setLong(2, articleId);
    insert.setString(3, matched);
    insert.setObject(4, Jdbc.timestamp(now));
    insert.executeUpdate();
  }

  private static void setRevision(Statements statements, long alertId, int revision) throws SQLException {
    PreparedStatement update = statements.get("UPDATE alerts SET revision = ? WHERE id = ?");
    update.setInt(1, revision);
    update.setLong(2, alertId);
    update.executeUpdate();
  }

  private static void enqueue(Statements statements, Subscription subscription, String kind, long alertId,
      long articleId, String note, String key, String status, Instant now) throws SQLException {
    PreparedStatement insert = statements.get("INSERT INTO alert_outbox (platform, chat_id, kind, alert_id,"
        + " article_id, note, idempotency_key, status, attempts, next_attempt, created_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)");
    OffsetDateTime at = Jdbc.timestamp(now);
    insert.setString(1, subscription.platform());
    insert.setString(2, subscription.chatId());
    insert.setString(3, kind);
    insert.setLong(4, alertId);
    insert.setLong(5, articleId);
    insert.setString(6, note);
    insert.setString(7, key);
    insert.setString(8, status);
    insert.setObject(9, at);
    insert.setObject(10, at);
    insert.executeUpdate();
  }

  /** The statements of one transaction, each prepared once however many matches use it. */
  private static final class Statements implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Statements(Connection connection) {
      this.connection = connection;
    }

    PreparedStatement get(String sql) throws SQLException {
      PreparedStatement statement = prepared.get(sql);
      if (statement == null) {
        statement = connection.prepareStatement(sql);
        prepared.put(sql, statement);
      }
      return statement;
    }

    PreparedStatement getReturningId(String sql) throws SQLException {
      PreparedStatement statement = prepared.get(sql);
      if (statement == null) {
        statement = connection.prepareStatement(sql, new String[] {"id"});
        prepared.put(sql, statement);
      }
      return statement;
    }

    @Override
    public void close() throws SQLException {
      for (PreparedStatement statement : prepared.values()) {
        statement.close();
      }
    }
  }
}
