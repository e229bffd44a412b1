package org.newsbot.alerts;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.newsbot.store.ArticleStore;
import org.newsbot.store.Database;
import org.newsbot.store.StoryStore;
import org.newsbot.story.StoryClusters;

/**
 * The process {@link AlertsCrashTest} kills: it opens the data folder, matches and sends alerts
 * in the background into a {@link FileRecordingPlatform}, says STARTED once running and DONE
 * (then exits) when nothing is left to match or send.
 */
public final class AlertsCrashChild {
  private AlertsCrashChild() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    Path deliveries = Path.of(args[1]);
    try (Database database = Database.open(Database.embeddedUrl(data), null, null)) {
      ArticleStore articles = new ArticleStore(database);
      Alerts alerts = new Alerts(database.dataSource(), articles,
          new ClusteredStories(new StoryClusters(new StoryStore(database))), Clock.systemUTC());
      alerts.configure(settings());
      alerts.platforms().register(new FileRecordingPlatform(deliveries, 2));
      alerts.start();
      System.out.println("STARTED");
      System.out.flush();
      while (!finished(database, articles, alerts)) {
        Thread.sleep(50);
      }
      alerts.close();
    }
    System.out.println("DONE");
    System.out.flush();
  }

  /** Small batches and a short claim, so that kills land in the middle of the work and restarts resume it fast. */
  static AlertSettings settings() {
    return AlertSettings.defaults().withRates(0, 0).withMatching(Duration.ofMillis(50), 25, Duration.ofMinutes(10))
        .withRetries(Duration.ofMillis(50), Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofHours(1));
  }

  private static boolean finished(Database database, ArticleStore articles, Alerts alerts) {
    MatchCursor.Position position = MatchCursor.read(database.dataSource());
    return position.lastSeq() == articles.lastChange() && position.done().isEmpty()
        && alerts.outboxCount("PENDING") + alerts.outboxCount("SENDING") + alerts.outboxCount("HELD") == 0;
  }
}
