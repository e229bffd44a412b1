package org.newsbot.alerts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.newsbot.store.Jdbc;

/** Reads what a message shows: an alert with its story's articles, or the contents of a digest. */
final class AlertViews {
  private final DataSource dataSource;

  AlertViews(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** An alert: its subscription, its story, and the story's matched articles, the first one first. */
  record AlertView(long alertId, long subscriptionId, String query, boolean active, long storyId,
      List<ArticleSnapshot> articles) {}

  /** A message gathered into a digest: the alert and, for an update, what changed. */
  record DigestEntry(String kind, AlertView alert, String note) {}

  AlertView alert(long alertId) {
    return Jdbc.query(dataSource, "reading an alert", connection -> alert(connection, alertId));
  }

  List<DigestEntry> digest(long digestId) {
    return Jdbc.query(dataSource, "reading a digest", connection -> {
      record Held(long alertId, String kind, String note) {}
      List<Held> held = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT alert_id, kind, note FROM alert_outbox WHERE digest_id = ? ORDER BY id")) {
        select.setLong(1, digestId);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            held.add(new Held(rs.getLong(1), rs.getString(2), rs.getString(3)));
          }
        }
      }
      List<DigestEntry> entries = new ArrayList<>();
      for (Held entry : held) {
        AlertView view = alert(connection, entry.alertId());
        if (view != null && view.active()) {
          entries.add(new DigestEntry(entry.kind(), view, entry.note()));
        }
      }
      return entries;
    });
  }

  private static AlertView alert(Connection connection, long alertId) throws SQLException {
    long subscriptionId;
    String query;
    boolean active;
    long storyId;
    long firstArticle;
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT a.subscription_id, s.query, s.removed_at, a.story_id, a.first_article_id FROM alerts a"
            + " JOIN subscriptions s ON s.id = a.subscription_id WHERE a.id = ?")) {
      select.setLong(1, alertId);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        subscriptionId = rs.getLong(1);
        query = rs.getString(2);
        active = rs.getObject(3) == null;
        storyId = rs.getLong(4);
        firstArticle = rs.getLong(5);
      }
    }
    List<ArticleSnapshot> articles = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT aa.article_id, s.outlet, s.title, s.url, s.published, s.summary, aa.matched, s.figures"
            + " FROM alert_articles aa JOIN alert_snapshots s ON s.article_id = aa.article_id WHERE aa.alert_id = ?"
            + " ORDER BY CASE WHEN aa.article_id = ? THEN 0 ELSE 1 END, aa.added_at, aa.article_id")) {
      select.setLong(1, alertId);
      select.setLong(2, firstArticle);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          articles.add(new ArticleSnapshot(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8)));
        }
      }
    }
    return new AlertView(alertId, subscriptionId, query, active, storyId, articles);
  }
}
