package org.newsbot.alerts;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.newsbot.TestCorpus;
import org.newsbot.article.IncomingArticle;
import org.newsbot.chat.Caller;
import org.newsbot.chat.ChatMessage;
import org.newsbot.chat.ChatService;
import org.newsbot.chat.Reply;
import org.newsbot.chat.Role;
import org.newsbot.store.ArticleStore;
import org.newsbot.store.Database;
import org.newsbot.store.StoryStore;
import org.newsbot.story.StoryClusters;
import org.newsbot.testing.TestDatabase;
import org.newsbot.testing.TestDatabase.Backend;

/** The alerts on a real database (H2 or PostgreSQL), with the real story clusters, a chat and a platform. */
final class AlertsFixture implements AutoCloseable {
  final Database database;
  final ArticleStore articles;
  final Alerts alerts;
  final ChatService chat = new ChatService(question -> {
    throw new UnsupportedOperationException("no questions in alert tests");
  });
  final RecordingPlatform platform = new RecordingPlatform("recording");

  private final TestDatabase testDatabase;

  AlertsFixture(Path dir, Clock clock, AlertSettings settings) {
    this(dir, clock, settings, Backend.H2);
  }

  /** The alerts on a fresh database: an H2 file in {@code dir}, or a new PostgreSQL schema. */
  AlertsFixture(Path dir, Clock clock, AlertSettings settings, Backend backend) {
    testDatabase = TestDatabase.create(backend, dir);
    database = testDatabase.open();
    articles = new ArticleStore(database);
    alerts = new Alerts(database.dataSource(), articles,
        new ClusteredStories(new StoryClusters(new StoryStore(database))), clock);
    alerts.configure(settings);
    alerts.registerWith(chat);
    alerts.platforms().register(platform);
  }

  Reply say(String chatId, String text) {
    return chat.handle(new ChatMessage(chatId, new Caller("recording", "u1", "Ann", Role.USER), text));
  }

  long save(String url, String title, String body) {
    return articles.save(List.of(TestCorpus.incoming(url, title, body))).getFirst().articleId();
  }

  long save(IncomingArticle article) {
    return articles.save(List.of(article)).getFirst().articleId();
  }

  void matchAndSend() {
    alerts.matchPending();
    alerts.dispatchPending();
  }

  List<RecordingPlatform.Sent> sentTo(String chatId) {
    return platform.sent().stream().filter(sent -> sent.chatId().equals(chatId)).toList();
  }

  /** Runs one SQL update, for putting the database in states that are hard to reach otherwise. */
  int sql(String statement, Object... parameters) {
    try (Connection connection = database.connection();
        PreparedStatement prepared = connection.prepareStatement(statement)) {
      for (int i = 0; i < parameters.length; i++) {
        prepared.setObject(i + 1, parameters[i]);
      }
      return prepared.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  long queryLong(String statement, Object... parameters) {
    try (Connection connection = database.connection();
        PreparedStatement prepared = connection.prepareStatement(statement)) {
      for (int i = 0; i < parameters.length; i++) {
        prepared.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = prepared.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    alerts.close();
    database.close();
    testDatabase.close();
  }
}
