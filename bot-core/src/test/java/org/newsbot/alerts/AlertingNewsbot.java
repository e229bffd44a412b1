package org.newsbot.alerts;

import java.nio.file.Path;
import org.newsbot.Newsbot;
import org.newsbot.testing.TestDatabase;
import org.newsbot.testing.TestDatabase.Backend;

/**
 * newsbot on a fresh database (H2 or PostgreSQL), its index in {@code data}, sending every alert in one
 * pass (pacing is tested on its own) to a recording platform.
 */
final class AlertingNewsbot implements AutoCloseable {
  final RecordingPlatform platform = new RecordingPlatform("recording");
  final Newsbot newsbot;
  private final TestDatabase database;

  AlertingNewsbot(Backend backend, Path data) {
    database = TestDatabase.create(backend, data);
    newsbot = Newsbot.open(database.settings(data));
    newsbot.alerts().configure(AlertSettings.defaults().withRates(0, 0));
    newsbot.alerts().platforms().register(platform);
  }

  @Override
  public void close() {
    newsbot.close();
    database.close();
  }
}
