package org.newsbot.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsbot.Newsbot;
import org.newsbot.TestCorpus;
import org.newsbot.article.IncomingArticle;
import org.newsbot.chat.Caller;
import org.newsbot.chat.ChatMessage;
import org.newsbot.chat.Role;
import org.newsbot.store.ArticleStore;
import org.newsbot.testing.TestDatabase.Backend;

/**
 * One alert per story: copies of one wire story from several outlets (grouped by the real
 * near-duplicate clusters) fold into one alert; a revised article sends an update only when a
 * key figure changed after the alert went out.
 */
class StoryFoldingTest {
  private static final String[] OUTLETS = {"Wire Daily", "Morning Post", "Evening Star", "City Herald", "Global Times"};

  @TempDir
  Path data;

  private AlertingNewsbot fixture;
  private Newsbot newsbot;
  private RecordingPlatform platform;

  private void open(Backend backend) {
    fixture = new AlertingNewsbot(backend, data);
    newsbot = fixture.newsbot;
    platform = fixture.platform;
    newsbot.chat().handle(new ChatMessage("room", new Caller("recording", "u1", "Ann", Role.USER),
        "/subscribe crocus terrorist"));
  }

  @AfterEach
  void close() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void fiveCopiesOfOneStoryFromFiveOutletsGiveOneAlert(Backend backend) {
    open(backend);
    List<ArticleStore.Saved> saved = newsbot.articles().save(copies(0, 5, "143"));
    newsbot.alerts().matchPending();
    newsbot.alerts().dispatchPending();

    assertThat(saved).extracting(s -> newsbot.stories().storyOf(s.articleId()).orElseThrow())
        .as("the clusters put the copies in one story").containsOnly(saved.getFirst().articleId());
    assertThat(platform.sent()).singleElement().satisfies(alert -> {
      assertThat(alert.text()).contains("+4 more outlets: Morning Post [2], Evening Star [3], City Herald [4],"
          + " Global Times [5]");
      assertThat(alert.reply().sources()).extracting(source -> source.outlet()).containsExactly(OUTLETS);
      assertThat(alert.key()).isEqualTo("alert:1:" + saved.getFirst().articleId());
    });

    // a sixth copy after the alert went out joins it without a message
    newsbot.articles().save(List.of(copy(5, "Late Gazette", "143")));
    newsbot.alerts().matchPending();
    newsbot.alerts().dispatchPending();
    assertThat(platform.sent()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aRevisionAlertsAgainOnlyWhenAKeyFigureChanged(Backend backend) {
    open(backend);
    newsbot.articles().save(copies(0, 2, "143"));
    newsbot.alerts().matchPending();
    newsbot.alerts().dispatchPending();
    assertThat(platform.sent()).hasSize(1);

    // wording fixed further down, same figures: no message
    IncomingArticle first = copy(0, OUTLETS[0], "143");
    newsbot.articles().save(List.of(new IncomingArticle(null, first.outlet(), first.url(), first.title(),
        first.published(), first.language(), first.body() + "\n\nThis article was amended to correct a spelling.")));
    newsbot.alerts().matchPending();
    newsbot.alerts().dispatchPending();
    assertThat(platform.sent()).hasSize(1);

    // the death toll in the lead changed: one update, sent once
    assertThat(newsbot.articles().save(List.of(copy(0, OUTLETS[0], "144"))).getFirst().outcome())
        .isEqualTo(ArticleStore.Outcome.REVISED);
    newsbot.alerts().matchPending();
    newsbot.alerts().dispatchPending();
    newsbot.alerts().matchPending();
    newsbot.alerts().dispatchPending();
    assertThat(platform.sent()).hasSize(2);
    RecordingPlatform.Sent update = platform.sent().get(1);
    assertThat(update.text()).startsWith("Update for your subscription #1 (crocus terrorist): 143 \u2192 144")
        .contains("At least 144 people were killed");
    assertThat(update.key()).isEqualTo(platform.sent().getFirst().key() + ":r1");
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aRevisionBeforeTheAlertWentOutIsShownInTheAlertInstead(Backend backend) {
    open(backend);
    newsbot.articles().save(copies(0, 1, "143"));
    newsbot.alerts().matchPending();
    newsbot.articles().save(List.of(copy(0, OUTLETS[0], "144")));
    newsbot.alerts().matchPending();
    newsbot.alerts().dispatchPending();

    assertThat(platform.sent()).singleElement().satisfies(alert ->
        assertThat(alert.text()).startsWith("New for your subscription").contains("At least 144 people"));
  }

  /** Copies {@code from} to {@code to} (exclusive) of one seed article, lightly edited per outlet. */
  private static List<IncomingArticle> copies(int from, int to, String toll) {
    List<IncomingArticle> copies = new ArrayList<>();
    for (int i = from; i < to; i++) {
      copies.add(copy(i, OUTLETS[i], toll));
    }
    return copies;
  }

  static IncomingArticle copy(int i, String outlet, String toll) {
    String body = seedBody().replace("At least 143 people", "At least " + toll + " people");
    body = switch (i % 4) {
      case 1 -> body.replace("Citing unnamed US officials", "Quoting unnamed US officials");
      case 2 -> body.replace("the deadliest terrorist attack", "the deadliest attack");
      case 3 -> body.replace("mass shooting", "mass shooting at the concert hall");
      default -> body;
    };
    String slug = outlet.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    return new IncomingArticle(null, outlet, "https://" + slug + ".example/world/crocus-warning",
        i % 2 == 0 ? "US officials had warned Russia about a specific terrorist target"
            : "US had warned Russia about a specific terrorist target, officials say",
        LocalDate.of(2024, 3, 29), "en", body + "\n\nReporting by " + outlet + " staff.");
  }

  /** The body of the seed article with the 143 death toll in its lead, without its repeated title. */
  static String seedBody() {
    try {
      List<String> lines = Files.readAllLines(TestCorpus.seedFile("003_ad9cb973c98234b4.txt"), StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(4, lines.size())).strip();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
