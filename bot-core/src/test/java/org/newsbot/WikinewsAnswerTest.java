package org.newsbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.answer.Answer;
import org.newsbot.answer.SourceRef;
import org.newsbot.ingest.SourceSettings;
import org.newsbot.ingest.poll.PollReport;
import org.newsbot.testing.TestWeb;

/** After polling the Wikinews feed, answers cite the Wikinews articles they came from. */
class WikinewsAnswerTest {
  @TempDir
  Path dir;

  @Test
  void aQuestionAboutAPolledArticleCitesItsWikinewsUrl() throws Exception {
    byte[] feed = Files.readAllBytes(Path.of(System.getProperty("newsbot.shared"), "corpus/feeds/wikinews-2019-2020.rss"));
    try (TestWeb web = new TestWeb();
        Newsbot newsbot = Newsbot.open(NewsbotSettings.embedded(dir), SourceSettings.defaults()
            .withAllowPrivateAddresses(true).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5)))) {
      web.serve("/wikinews.rss", "application/rss+xml", feed);
      long id = newsbot.webSources().add(web.url("/wikinews.rss"), null, "test").source().id();
      List<PollReport> reports = newsbot.webSources().poll(List.of(id));
      // every item, the one whose text is only a dateline too: a feed's own text is kept
      assertThat(reports.getFirst().added()).isEqualTo(295);

      Answer answer = newsbot.ask("What happened in Magnitogorsk?");

      assertThat(answer.answered()).isTrue();
      assertThat(answer.claims()).isNotEmpty();
      assertThat(answer.sources()).extracting(SourceRef::url).contains(
          "https://en.wikinews.org/wiki/Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead");
      assertThat(answer.sources()).extracting(SourceRef::outlet).contains("Wikinews");
    }
  }
}
