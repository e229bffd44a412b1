package org.newsbot.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.Newsbot;
import org.newsbot.NewsbotSettings;
import org.newsbot.ingest.SourceSettings;
import org.newsbot.testing.Feeds;
import org.newsbot.testing.Hostile;
import org.newsbot.testing.TestWeb;

/** The scheduler: due sources are polled in the background, each once per interval. */
class PollingTest {
  @TempDir
  Path dir;

  @Test
  void startedPollingReadsEveryDueSourceOnceAndIndexesWhatItFound() throws Exception {
    SourceSettings settings = SourceSettings.defaults().withAllowPrivateAddresses(true)
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(3))
        .withPolling(Duration.ofHours(1), Duration.ofHours(6), Duration.ofMillis(50));
    try (TestWeb web = new TestWeb();
        Newsbot newsbot = Newsbot.open(NewsbotSettings.embedded(dir), settings)) {
      List<Long> ids = new ArrayList<>();
      for (int s = 0; s < 6; s++) {
        List<Feeds.Item> items = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          items.add(new Feeds.Item("s" + s + "-" + i, web.url("feed" + s + ".test", "/a/" + s + "/" + i),
              "Harbour story " + s + "." + i, null, null, Feeds.html(Feeds.paragraphs(s * 10 + i, 4))));
        }
        web.serve("/feed" + s + ".rss", "application/rss+xml", Feeds.rss2("Feed " + s, web.url("/"), items));
        ids.add(newsbot.webSources().add(web.url("feed" + s + ".test", "/feed" + s + ".rss"), null, "test").source().id());
      }
      web.serve("/broken.rss", "application/rss+xml", Feeds.rss2("Broken", web.url("/"), List.of()));
      long broken = newsbot.webSources().add(web.url("/broken.rss"), null, "test").source().id();
      web.route("/broken.rss", Hostile.status(500));

      newsbot.startPolling();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (System.nanoTime() < deadline && !allPolled(newsbot, ids, broken)) {
        Thread.sleep(50);
      }

      assertThat(allPolled(newsbot, ids, broken)).isTrue();
      assertThat(newsbot.articles().count()).isEqualTo(18);
      for (int s = 0; s < 6; s++) {
        // polled once: the next poll is an hour away
        assertThat(web.requests("/feed" + s + ".rss")).hasSize(2); // once to add, once polled
      }
      // what the scheduler stored becomes searchable without anyone asking for it
      String question = "How many people were affected, according to officials?";
      while (System.nanoTime() < deadline && newsbot.ask(question).sources().isEmpty()) {
        Thread.sleep(50);
      }
      assertThat(newsbot.ask(question).sources()).isNotEmpty();
    }
  }

  private static boolean allPolled(Newsbot newsbot, List<Long> ids, long broken) {
    for (SourceStatus status : newsbot.webSources().list()) {
      long id = status.source().id();
      if (ids.contains(id) && status.state().lastSuccess() == null) {
        return false;
      }
      if (id == broken && status.state().failures() == 0) {
        return false;
      }
    }
    return true;
  }
}
