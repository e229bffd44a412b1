package org.newsbot.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsbot.Newsbot;
import org.newsbot.TestCorpus;
import org.newsbot.answer.SourceRef;
import org.newsbot.article.Article;
import org.newsbot.chat.Caller;
import org.newsbot.chat.ChatMessage;
import org.newsbot.chat.Reply;
import org.newsbot.chat.Role;
import org.newsbot.ingest.FileImporter;
import org.newsbot.testing.TestDatabase.Backend;

/**
 * Subscribe in chat, then import: the articles that match alert through the chat's platform, the
 * others do not. Which articles should match is decided here by plain text search.
 */
class AlertsEndToEndTest {
  @TempDir
  Path data;

  private AlertingNewsbot fixture;
  private Newsbot newsbot;
  private RecordingPlatform platform;

  private void open(Backend backend) {
    fixture = new AlertingNewsbot(backend, data);
    newsbot = fixture.newsbot;
    platform = fixture.platform;
  }

  @AfterEach
  void close() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void matchingArticlesAlertAndOthersDoNot(Backend backend) {
    open(backend);
    assertThat(say("room-crocus", "/subscribe \"Crocus City Hall\"").blocks().getFirst().plain()).startsWith("Subscribed (#");
    say("room-not-budanov", "/subscribe crocus -Budanov");
    say("room-quakes", "/subscribe earthquake OR tsunami lang:en");
    say("room-wikinews", "/subscribe magnitogorsk source:wikinews");
    say("room-nothing", "/subscribe \"volcanic eruption\" magnitogorsk");

    importPaths(TestCorpus.seedArticles(), wikinews());
    newsbot.alerts().matchPending();
    newsbot.alerts().dispatchPending();

    List<Article> all = TestCorpus.all(newsbot.articles());
    assertThat(all).hasSizeGreaterThan(250);
    assertThat(citedUrls("room-crocus")).isEqualTo(urls(all, text -> text.contains("crocus city hall")))
        .hasSize(5);
    assertThat(citedUrls("room-not-budanov"))
        .isEqualTo(urls(all, text -> text.contains("crocus") && !text.contains("budanov"))).hasSize(4);
    assertThat(citedUrls("room-quakes"))
        .isEqualTo(urls(all, text -> text.contains("earthquake") || text.contains("tsunami"))).hasSizeGreaterThan(3);
    assertThat(citedUrls("room-wikinews")).containsExactly(
        "https://en.wikinews.org/wiki/Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead");
    assertThat(sentTo("room-nothing")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void anAlertShowsOutletTitleDateLinkSummaryAndMatchedTerms(Backend backend) {
    open(backend);
    say("room", "/subscribe magnitogorsk explosion");
    importPaths(wikinews());
    newsbot.alerts().matchPending();
    newsbot.alerts().dispatchPending();

    RecordingPlatform.Sent alert = sentTo("room").getFirst();
    SourceRef source = alert.reply().sources().getFirst();
    assertThat(source.outlet()).isEqualTo("Wikinews");
    assertThat(source.title()).isEqualTo("Magnitogorsk apartment building collapses after explosion, dozens dead");
    assertThat(source.published()).isNotNull();
    assertThat(source.url()).startsWith("https://en.wikinews.org/wiki/Magnitogorsk");
    assertThat(alert.text())
        .contains("New for your subscription #1 (magnitogorsk explosion):")
        .contains("Matched: magnitogorsk, explosion")
        .contains("[1] Wikinews: Magnitogorsk apartment building collapses")
        .contains("[Unsubscribe: /unsubscribe 1]");
    String summary = alert.reply().blocks().get(2).plain();
    assertThat(summary).endsWith(".").doesNotContain("\n");
    assertThat(alert.key()).isEqualTo("alert:1:" + newsbot.stories().storyOf(
        Long.parseLong(source.articleId())).orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void articlesStoredBeforeASubscriptionDoNotAlertIt(Backend backend) {
    open(backend);
    importPaths(TestCorpus.seedArticles());
    say("room", "/subscribe crocus");
    newsbot.alerts().matchPending();
    newsbot.alerts().dispatchPending();

    assertThat(platform.sent()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void anUnsubscribedQueryNoLongerAlerts(Backend backend) {
    open(backend);
    say("room", "/subscribe crocus");
    say("room", "/unsubscribe 1");
    importPaths(TestCorpus.seedArticles());
    newsbot.alerts().matchPending();
    newsbot.alerts().dispatchPending();

    assertThat(platform.sent()).isEmpty();
  }

  /** Imports into the database only: alerts follow the article log, not the search index. */
  private void importPaths(Path... paths) {
    new FileImporter(newsbot.articles(), newsbot.sources()).importPaths(List.of(paths));
  }

  private Reply say(String chat, String text) {
    return newsbot.chat().handle(new ChatMessage(chat, new Caller("recording", "u1", "Ann", Role.USER), text));
  }

  private List<RecordingPlatform.Sent> sentTo(String chat) {
    return platform.sent().stream().filter(sent -> sent.chatId().equals(chat)).toList();
  }

  private Set<String> citedUrls(String chat) {
    Set<String> urls = new TreeSet<>();
    sentTo(chat).forEach(sent -> sent.reply().sources().forEach(source -> urls.add(source.url())));
    return urls;
  }

  private static Set<String> urls(List<Article> articles, Predicate<String> wanted) {
    Set<String> urls = new TreeSet<>();
    for (Article article : articles) {
      String text = (article.title() + "\n" + article.body()).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      if (wanted.test(text)) {
        urls.add(article.url());
      }
    }
    return urls;
  }

  static Path wikinews() {
    return Path.of(System.getProperty("newsbot.shared"), "corpus", "wikinews-2019-2020.jsonl");
  }

}
