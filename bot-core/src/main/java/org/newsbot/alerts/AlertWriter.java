package org.newsbot.alerts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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
    Set<Long> ids = new HashSet<>();
    found.forEach(f -> ids.addAll(f.bySubscription().keySet()));
    Map<Long, Subscription> subscriptions = SubscriptionStore.find(connection, ids);
    Map<String, ChatState> chats = new HashMap<>();
    int alerts = 0;
    int folded = 0;
    int updates = 0;
    for (Found f : found) {
      for (Map.Entry<Long, List<String>> match : f.bySubscription().entrySet()) {
        Subscription subscription = subscriptions.get(match.getKey());
        if (subscription == null || !subscription.active() || f.seq() <= subscription.afterChange()) {
          continue;
        }
        ArticleSnapshot article = withMatched(f.article(), match.getValue());
        String chatKey = subscription.platform() + "\u0000" + subscription.chatId();
        ChatState chat = chats.get(chatKey);
        if (chat == null) {
          chat = ChatStore.get(connection, subscription.platform(), subscription.chatId());
          chats.put(chatKey, chat);
        }
        String status = chat.holding(now) ? "HELD" : "PENDING";
        Existing existing = alertWithArticle(connection, subscription.id(), article.articleId());
        if (existing != null) {
          refresh(connection, existing.alertId(), article);
          if (!existing.figures().equals(article.figures()) && delivered(connection, existing.alertId())) {
            int revision = existing.revision() + 1;
            setRevision(connection, existing.alertId(), revision);
            enqueue(connection, subscription, "UPDATE", existing.alertId(), article.articleId(),
                KeyFigures.change(existing.figures(), article.figures()),
                key(subscription.id(), existing.storyId()) + ":r" + revision, status, now);
            updates++;
          }
          continue;
        }
        Long alertId = alertFor(connection, subscription.id(), f.storyId());
        if (alertId != null) {
          insertArticle(connection, alertId, article, now);
          folded++;
          continue;
        }
        alertId = insertAlert(connection, subscription.id(), f.storyId(), article.articleId(), now);
        insertArticle(connection, alertId, article, now);
        enqueue(connection, subscription, "ALERT", alertId, article.articleId(), null,
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

  private static ArticleSnapshot withMatched(ArticleSnapshot article, List<String> terms) {
    String matched = String.join(", ", terms);
    return new ArticleSnapshot(article.articleId(), article.outlet(), article.title(), article.url(),
        article.published(), article.summary(), matched.length() > 1000 ? matched.substring(0, 1000) : matched,
        article.figures());
  }

  private record Existing(long alertId, long storyId, int revision, String figures) {}

  private static Existing alertWithArticle(Connection connection, long subscriptionId, long articleId)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT a.id, a.story_id, a.revision, aa.figures FROM alerts a"
            + " JOIN alert_articles aa ON aa.alert_id = a.id WHERE a.subscription_id = ? AND aa.article_id = ?")) {
      select.setLong(1, subscriptionId);
      select.setLong(2, articleId);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? new Existing(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4)) : null;
      }
    }
  }

  private static Long alertFor(Connection connection, long subscriptionId, long storyId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT id FROM alerts WHERE subscription_id = ? AND story_id = ?")) {
      select.setLong(1, subscriptionId);
      select.setLong(2, storyId);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  /** Whether any message about the alert has left (or may have left) for the chat. */
  private static boolean delivered(Connection connection, long alertId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT 1 FROM alert_outbox WHERE alert_id = ? AND status IN ('SENDING', 'SENT', 'DIGESTED', 'FAILED')")) {
      select.setLong(1, alertId);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static long insertAlert(Connection connection, long subscriptionId, long storyId, long articleId,
      Instant now) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO alerts (subscription_id, story_id, first_article_id, revision, created_at)"
            + " VALUES (?, ?, ?, 0, ?)", new String[] {"id"})) {
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
  }

  private static void insertArticle(Connection connection, long alertId, ArticleSnapshot article, Instant now)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO alert_articles (alert_id, article_id, outlet, title, url, published, summary, matched,"
            + " figures, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, alertId);
      insert.setLong(2, article.articleId());
      insert.setString(3, article.outlet());
      insert.setString(4, article.title());
      insert.setString(5, article.url());
      insert.setObject(6, article.published());
      insert.setString(7, article.summary());
      insert.setString(8, article.matched());
      insert.setString(9, article.figures());
      insert.setObject(10, Jdbc.timestamp(now));
      insert.executeUpdate();
    }
  }

  private static void refresh(Connection connection, long alertId, ArticleSnapshot article) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE alert_articles SET outlet = ?, title = ?, url = ?, published = ?, summary = ?, matched = ?,"
            + " figures = ? WHERE alert_id = ? AND article_id = ?")) {
      update.setString(1, article.outlet());
      update.setString(2, article.title());
      update.setString(3, article.url());
      update.setObject(4, article.published());
      update.setString(5, article.summary());
      update.setString(6, article.matched());
      update.setString(7, article.figures());
      update.setLong(8, alertId);
      update.setLong(9, article.articleId());
      update.executeUpdate();
    }
  }

  private static void setRevision(Connection connection, long alertId, int revision) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("UPDATE alerts SET revision = ? WHERE id = ?")) {
      update.setInt(1, revision);
      update.setLong(2, alertId);
      update.executeUpdate();
    }
  }

  private static void enqueue(Connection connection, Subscription subscription, String kind, long alertId,
      long articleId, String note, String key, String status, Instant now) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO alert_outbox (platform, chat_id, kind, alert_id, article_id, note, idempotency_key, status,"
            + " attempts, next_attempt, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
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
  }
}
