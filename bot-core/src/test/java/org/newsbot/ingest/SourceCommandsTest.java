package org.newsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.Newsbot;
import org.newsbot.NewsbotSettings;
import org.newsbot.chat.Caller;
import org.newsbot.chat.ChatMessage;
import org.newsbot.chat.PlainTextRenderer;
import org.newsbot.chat.Reply;
import org.newsbot.chat.Role;
import org.newsbot.testing.Feeds;
import org.newsbot.testing.Hostile;
import org.newsbot.testing.TestWeb;

class SourceCommandsTest {
  @TempDir
  Path dir;
  TestWeb web;
  Newsbot newsbot;

  @BeforeEach
  void open() throws Exception {
    web = new TestWeb();
    newsbot = Newsbot.open(NewsbotSettings.embedded(dir), SourceSettings.defaults().withAllowPrivateAddresses(true)
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(3)));
    web.serve("/news.rss", "application/rss+xml", Feeds.rss2("Loopback News", web.url("/"), List.of(
        new Feeds.Item("n1", web.url("/n/1"), "Harbour reopens", "Kim", null, Feeds.html(Feeds.paragraphs(81, 4))))));
  }

  @AfterEach
  void close() {
    newsbot.close();
    web.close();
  }

  private Reply send(Role role, String text) {
    return newsbot.chat().handle(new ChatMessage("chat-1", new Caller("test", "u1", "Uma", role), text));
  }

  @Test
  void onlyModeratorsAddAndRemoveSources() {
    Reply refused = send(Role.USER, "/addsource " + web.url("/news.rss"));
    assertThat(refused.kind()).isEqualTo(Reply.Kind.REFUSAL);
    assertThat(PlainTextRenderer.render(refused)).contains("Only moderators can use /addsource");
    assertThat(newsbot.sources().list()).isEmpty();

    Reply added = send(Role.MODERATOR, "/addsource " + web.url("/news.rss") + " Harbour Gazette");
    assertThat(added.kind()).isEqualTo(Reply.Kind.INFO);
    assertThat(PlainTextRenderer.render(added)).contains("Added source 1: Harbour Gazette (rss_2.0 feed with 1 entry)");
    assertThat(PlainTextRenderer.render(send(Role.ADMIN, "/addsource " + web.url("/news.rss"))))
        .contains("already source 1");

    assertThat(send(Role.USER, "/removesource 1").kind()).isEqualTo(Reply.Kind.REFUSAL);
    assertThat(PlainTextRenderer.render(send(Role.MODERATOR, "/removesource 1")))
        .contains("Removed source 1 (Harbour Gazette)", "articles stay searchable");
    assertThat(PlainTextRenderer.render(send(Role.MODERATOR, "/removesource 1"))).contains("There is no source 1");
    assertThat(PlainTextRenderer.render(send(Role.MODERATOR, "/removesource one"))).contains("/removesource ID");
  }

  @Test
  void addingABadSourceSaysWhyAndChangesNothing() {
    Reply reply = send(Role.MODERATOR, "/addsource " + web.url("/missing.rss"));
    assertThat(reply.kind()).isEqualTo(Reply.Kind.ERROR);
    assertThat(PlainTextRenderer.render(reply)).contains("Could not add the source", "HTTP 404");
    assertThat(PlainTextRenderer.render(send(Role.MODERATOR, "/addsource"))).contains("/addsource URL [name]");
    assertThat(newsbot.sources().list()).isEmpty();
  }

  @Test
  void sourcesShowsEachSourcesPollingState() {
    send(Role.MODERATOR, "/addsource " + web.url("/news.rss"));
    web.serve("/flaky.rss", "application/rss+xml", Feeds.rss2("Flaky", web.url("/"), List.of()));
    send(Role.MODERATOR, "/addsource " + web.url("/flaky.rss"));
    web.route("/flaky.rss", Hostile.status(503));
    newsbot.webSources().poll(List.of());

    String text = PlainTextRenderer.render(send(Role.USER, "/sources"));

    assertThat(text).contains("1. Loopback News (feed rss_2.0, 1 article)", web.url("/news.rss"));
    assertThat(text).containsPattern("last success \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC; next attempt");
    assertThat(text).contains("2. Flaky (feed rss_2.0, 0 articles)", "FAILING: 1 failure in a row",
        "last success never", "HTTP 503 Service Unavailable");
    assertThat(PlainTextRenderer.render(send(Role.USER, "/help"))).doesNotContain("/addsource");
    assertThat(PlainTextRenderer.render(send(Role.MODERATOR, "/help"))).contains("/addsource URL [name]", "/removesource ID");
  }
}
