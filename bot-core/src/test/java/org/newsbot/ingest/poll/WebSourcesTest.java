package org.newsbot.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsbot.Newsbot;
import org.newsbot.article.Article;
import org.newsbot.article.Source;
import org.newsbot.ingest.SourceSettings;
import org.newsbot.ingest.web.Connector;
import org.newsbot.ingest.web.HostResolver;
import org.newsbot.ingest.web.HttpFetcher;
import org.newsbot.store.PollState;
import org.newsbot.store.SourceEntryStore;
import org.newsbot.testing.Feeds;
import org.newsbot.testing.Hostile;
import org.newsbot.testing.TestDatabase;
import org.newsbot.testing.TestDatabase.Backend;
import org.newsbot.testing.TestWeb;

/** Web sources on H2 and PostgreSQL: adding, polling, revising, hostile sources and their state. */
@ParameterizedClass(name = "on {0}")
@EnumSource(Backend.class)
class WebSourcesTest {
  @Parameter
  Backend backend;

  static final SourceSettings SETTINGS = SourceSettings.defaults()
      .withAllowPrivateAddresses(true)
      .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(3))
      .withMaxBodyBytes(4L << 20)
      .withPolling(Duration.ofMinutes(15), Duration.ofHours(6), Duration.ofMillis(100));

  @TempDir
  Path dir;
  TestDatabase database;
  TestWeb web;
  Newsbot newsbot;
  WebSources sources;

  @BeforeEach
  void open() throws Exception {
    database = TestDatabase.create(backend, dir);
    web = new TestWeb();
    newsbot = Newsbot.open(database.settings(dir), SETTINGS);
    sources = newsbot.webSources();
  }

  @AfterEach
  void close() {
    if (newsbot != null) {
      newsbot.close();
    }
    if (web != null) {
      web.close();
    }
    if (database != null) {
      database.close();
    }
  }

  static byte[] wikinews() throws Exception {
    return Files.readAllBytes(Path.of(System.getProperty("newsbot.shared"), "corpus/feeds/wikinews-2019-2020.rss"));
  }

  private void serveWithEtag(String path, String contentType, byte[] body, String etag) {
    web.route(path, exchange -> {
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().set("ETag", etag);
      TestWeb.send(exchange, 200, contentType, body);
    });
  }

  private PollReport pollOne(long id) {
    List<PollReport> reports = sources.poll(List.of(id));
    assertThat(reports).hasSize(1);
    return reports.getFirst();
  }

  private PollState state(long id) {
    return sources.list().stream().filter(s -> s.source().id() == id).findFirst().orElseThrow().state();
  }

  private List<Article> allArticles() {
    List<Article> all = new ArrayList<>();
    newsbot.articles().forEach(all::add);
    return all;
  }

  private long revisions(long articleId) throws Exception {
    try (Connection connection = newsbot.database().connection();
        PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM article_revisions WHERE article_id = ?")) {
      select.setLong(1, articleId);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void theWikinewsFeedIsStoredOnceAndThenAnsweredWithNotModified() throws Exception {
    serveWithEtag("/wikinews.rss", "application/rss+xml; charset=utf-8", wikinews(), "\"w1\"");

    AddedSource added = sources.add(web.url("/wikinews.rss"), null, "test");
    assertThat(added.format()).isEqualTo("rss_2.0");
    assertThat(added.entries()).isEqualTo(295);
    assertThat(added.source().kind()).isEqualTo(Source.Kind.FEED);
    assertThat(added.source().name()).isEqualTo("Wikinews");

    PollReport first = pollOne(added.source().id());
    assertThat(first.ok()).isTrue();
    // one item's text is only a dateline and its page (on en.wikinews.org) is out of the tests' reach:
    // the feed's own text is kept as it is, so no item is lost
    assertThat(first.added()).isEqualTo(295);
    assertThat(first.skipped()).isZero();
    assertThat(first.notes()).anyMatch(note -> note.contains("TEST PAGE:Self-publish yesterday"));
    List<Article> stored = allArticles();
    assertThat(stored).hasSize(295);
    assertThat(stored).extracting(Article::url).doesNotHaveDuplicates().allMatch(url -> url.startsWith("https://en.wikinews.org/wiki/"));
    Article magnitogorsk = stored.stream().filter(a -> a.title().startsWith("Magnitogorsk")).findFirst().orElseThrow();
    assertThat(magnitogorsk.url()).isEqualTo(
        "https://en.wikinews.org/wiki/Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead");
    assertThat(magnitogorsk.outlet()).isEqualTo("Wikinews");
    assertThat(magnitogorsk.published()).isEqualTo(LocalDate.of(2019, 1, 4));
    assertThat(magnitogorsk.language()).isEqualTo("en");
    assertThat(magnitogorsk.body()).startsWith("Friday, January 4, 2019\n\nAn apartment building collapsed on Monday in Magnitogorsk");

    PollReport second = pollOne(added.source().id());
    assertThat(second.notModified()).isTrue();
    assertThat(web.requests("/wikinews.rss").getLast().header("If-None-Match")).isEqualTo("\"w1\"");

    // without validators the feed is read again, and nothing in it is new
    web.serve("/wikinews.rss", "application/rss+xml", wikinews());
    PollReport third = pollOne(added.source().id());
    assertThat(third.added()).isZero();
    assertThat(third.revised()).isZero();
    assertThat(third.pagesFetched()).isZero();
    assertThat(newsbot.articles().count()).isEqualTo(295);
    assertThat(state(added.source().id())).satisfies(state -> {
      assertThat(state.failures()).isZero();
      assertThat(state.lastSuccess()).isNotNull();
      assertThat(state.format()).isEqualTo("rss_2.0");
      assertThat(state.nextAttempt()).isAfter(Instant.now().plus(Duration.ofMinutes(14)));
    });
  }

  @Test
  void teasersAreCompletedFromTheirPagesKeepingFeedMetadataThePageLacks() throws Exception {
    List<Feeds.Item> items = new ArrayList<>();
    Map<Integer, List<String>> texts = new HashMap<>();
    for (int i = 1; i <= 4; i++) {
      List<String> paragraphs = Feeds.paragraphs(100 + i, 5);
      texts.put(i, paragraphs);
      String canonical = web.url("/articles/" + i);
      // page 3 names no byline and no date: the feed's stay
      boolean bare = i == 3;
      web.serve("/articles/" + i, "text/html; charset=utf-8", Feeds.articlePage("Story " + i + " in full",
          bare ? null : "Page Author " + i, bare ? null : Instant.parse("2024-03-0" + i + "T09:00:00Z"),
          paragraphs, canonical, "/teasers.rss"));
      items.add(new Feeds.Item("teaser-" + i, canonical + "?utm_source=rss&utm_medium=feed", "Story " + i,
          "Feed Author " + i, Instant.parse("2024-02-0" + i + "T12:00:00Z"), paragraphs.getFirst().substring(0, 80) + "…"));
    }
    web.serve("/teasers.rss", "application/rss+xml", Feeds.rss2("Teaser Times", web.url("/"), items));

    AddedSource added = sources.add(web.url("/teasers.rss"), "Teaser Times", "test");
    PollReport report = pollOne(added.source().id());

    assertThat(report.added()).isEqualTo(4);
    assertThat(report.pagesFetched()).isEqualTo(4);
    SourceEntryStore entries = new SourceEntryStore(newsbot.database());
    for (Article article : allArticles()) {
      int i = Integer.parseInt(article.url().substring(article.url().lastIndexOf('/') + 1));
      assertThat(article.url()).isEqualTo(web.url("/articles/" + i));
      assertThat(article.title()).isEqualTo("Story " + i + " in full");
      for (String paragraph : texts.get(i)) {
        assertThat(article.body()).contains(paragraph);
      }
      assertThat(article.body()).doesNotContain("SuperWidget", "Most read", "great article");
      if (i == 3) {
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 2, 3));
        assertThat(entries.author(article.id())).contains("Feed Author 3");
      } else {
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 3, i));
        assertThat(entries.author(article.id())).contains("Page Author " + i);
      }
    }
    assertThat(web.requests("/articles/1")).hasSize(1);

    // the next poll fetches no page again: the entries are unchanged
    assertThat(pollOne(added.source().id()).pagesFetched()).isZero();
    assertThat(web.requests("/articles/1")).hasSize(1);
  }

  @Test
  void aClickHereTeaserKeepsItsTextAndItsPageIsStillFetched() throws Exception {
    List<String> paragraphs = Feeds.paragraphs(700, 5);
    String teaser = "<a href=\"" + web.url("/full/1") + "\">Click here for the full story</a>";
    web.serve("/full/1", "text/html; charset=utf-8", Feeds.articlePage("The full story", "Page Author",
        Instant.parse("2024-03-01T09:00:00Z"), paragraphs, web.url("/full/1"), "/click.rss"));
    web.serve("/click.rss", "application/rss+xml", Feeds.rss2("Click Times", web.url("/"), List.of(
        new Feeds.Item("c1", web.url("/full/1"), "Story one", null, null, teaser),
        new Feeds.Item("c2", web.url("/gone/2"), "Story two", null, null, teaser))));

    // the feed's own text is the teaser, kept whole
    assertThat(new SourcePreview(SETTINGS).preview(web.url("/click.rss")).entries())
        .extracting(Preview.Entry::text).containsOnly("Click here for the full story");
    AddedSource added = sources.add(web.url("/click.rss"), null, "test");
    PollReport report = pollOne(added.source().id());

    assertThat(report.added()).isEqualTo(2);
    assertThat(report.pagesFetched()).isEqualTo(2);
    assertThat(web.requests("/full/1")).hasSize(1);
    Article full = allArticles().stream().filter(a -> a.url().endsWith("/full/1")).findFirst().orElseThrow();
    assertThat(full.body()).contains(paragraphs.get(2));
    // the page is missing: the teaser is all there is, and it is kept rather than the item lost
    Article teaserOnly = allArticles().stream().filter(a -> a.url().endsWith("/gone/2")).findFirst().orElseThrow();
    assertThat(teaserOnly.body()).isEqualTo("Click here for the full story");
  }

  @Test
  void aPublicationDateThatCannotBeTrueIsStoredAsUnknownWithAWarning() throws Exception {
    String item = "<item><title>%s</title><link>%s</link><pubDate>%s</pubDate><description>%s</description></item>";
    String body = String.join(" ", Feeds.paragraphs(900, 8));
    String rss = "<rss version=\"2.0\"><channel><title>Odd Dates</title><link>" + web.url("/") + "</link>"
        + String.format(item, "Far future", web.url("/d/1"), "Fri, 31 Dec 9999 23:59:59 GMT", body)
        + String.format(item, "Ancient", web.url("/d/2"), "Mon, 01 Jan 1853 00:00:00 GMT", body + " Old.")
        + String.format(item, "Fine", web.url("/d/3"), "Mon, 01 Apr 2024 08:00:00 GMT", body + " Fine.")
        + "</channel></rss>";
    web.serve("/odd.rss", "application/rss+xml", rss);

    AddedSource added = sources.add(web.url("/odd.rss"), null, "test");
    PollReport report = pollOne(added.source().id());

    assertThat(report.added()).isEqualTo(3);
    assertThat(report.notes()).anyMatch(n -> n.contains("'Far future'") && n.contains("future"))
        .anyMatch(n -> n.contains("'Ancient'") && n.contains("before 1900"));
    Map<String, LocalDate> dates = new HashMap<>();
    allArticles().forEach(a -> dates.put(a.title(), a.published()));
    assertThat(dates).containsEntry("Far future", null).containsEntry("Ancient", null)
        .containsEntry("Fine", LocalDate.of(2024, 4, 1));
  }

  @Test
  void atomAndJsonFeedsAreRead() throws Exception {
    List<Feeds.Item> atomItems = List.of(
        new Feeds.Item("urn:a:1", web.url("/atom/1"), "Atom one", "Ann", Instant.parse("2024-04-01T10:00:00Z"),
            Feeds.html(Feeds.paragraphs(11, 4))),
        new Feeds.Item("urn:a:2", web.url("/atom/2"), "Atom two", null, Instant.parse("2024-04-01T11:00:00Z"),
            Feeds.html(Feeds.paragraphs(12, 4))));
    web.serve("/atom.xml", "application/atom+xml", Feeds.atom("Atom Daily", atomItems));
    List<Feeds.Item> jsonItems = List.of(
        new Feeds.Item("j1", web.url("/json/1"), "Json one", "Jay", Instant.parse("2024-04-02T10:00:00Z"),
            Feeds.html(Feeds.paragraphs(13, 4))));
    web.serve("/feed.json", "application/feed+json", Feeds.jsonFeed("Json Weekly", jsonItems));

    long atom = sources.add(web.url("/atom.xml"), null, "test").source().id();
    AddedSource json = sources.add(web.url("/feed.json"), null, "test");
    assertThat(json.format()).isEqualTo("json_1.1");
    List<PollReport> reports = sources.poll(List.of());

    assertThat(reports).extracting(PollReport::added).containsExactlyInAnyOrder(2, 1);
    assertThat(allArticles()).extracting(Article::outlet).containsExactlyInAnyOrder("Atom Daily", "Atom Daily", "Json Weekly");
    assertThat(allArticles()).filteredOn(a -> a.title().equals("Json one")).singleElement()
        .satisfies(a -> assertThat(a.published()).isEqualTo(LocalDate.of(2024, 4, 2)));
    assertThat(state(atom).format()).isEqualTo("atom_1.0");
  }

  @Test
  void aChangedArticleIsRevisedNotDuplicatedAndItsGuidKeepsItsIdentity() throws Exception {
    List<String> one = Feeds.paragraphs(21, 4);
    List<String> two = Feeds.paragraphs(22, 4);
    AtomicReference<List<Feeds.Item>> items = new AtomicReference<>(List.of(
        new Feeds.Item("g1", web.url("/s/1"), "One", null, Instant.parse("2024-04-01T10:00:00Z"), Feeds.html(one)),
        new Feeds.Item("g2", web.url("/s/2"), "Two", null, Instant.parse("2024-04-01T11:00:00Z"), Feeds.html(two))));
    web.serve("/changing.rss", "application/rss+xml", exchange -> Feeds.rss2("Changing", web.url("/"), items.get()));
    long id = sources.add(web.url("/changing.rss"), null, "test").source().id();
    assertThat(pollOne(id).added()).isEqualTo(2);
    long articleTwo = allArticles().stream().filter(a -> a.title().equals("Two")).findFirst().orElseThrow().id();

    // the second story is corrected, and its link gains tracking and a new slug, under the same GUID
    List<String> corrected = new ArrayList<>(two);
    corrected.set(1, "CORRECTION: an earlier version of this story misstated the number of people affected.");
    items.set(List.of(items.get().getFirst(),
        new Feeds.Item("g2", web.url("/s/2-corrected?utm_campaign=x"), "Two (corrected)", null,
            Instant.parse("2024-04-01T11:00:00Z"), Feeds.html(corrected))));
    PollReport revised = pollOne(id);
    assertThat(revised.added()).isZero();
    assertThat(revised.revised()).isEqualTo(1);
    assertThat(revised.unchanged()).isEqualTo(1);
    assertThat(newsbot.articles().count()).isEqualTo(2);
    Article current = newsbot.articles().find(List.of(articleTwo)).get(articleTwo);
    assertThat(current.title()).isEqualTo("Two (corrected)");
    assertThat(current.body()).contains("CORRECTION");
    assertThat(current.url()).isEqualTo(web.url("/s/2"));
    assertThat(revisions(articleTwo)).isEqualTo(1);

    // polled again unchanged: no new revision
    PollReport again = pollOne(id);
    assertThat(again.revised()).isZero();
    assertThat(revisions(articleTwo)).isEqualTo(1);
  }

  @Test
  void oneWireStoryFromSeveralOutletsIsOneStoryAndOneUrlIsOneArticle() throws Exception {
    List<String> wire = Feeds.paragraphs(31, 5);
    List<String> edited = new ArrayList<>(wire);
    edited.set(0, "(Updated) " + wire.getFirst().replace("officials said", "officials told local media"));
    edited.add("This story was written with material from wire services.");
    List<String> unrelated = Feeds.paragraphs(32, 5);
    web.serve("/a.rss", "application/rss+xml", Feeds.rss2("Outlet A", web.url("/"), List.of(
        new Feeds.Item("a1", web.url("a.test", "/wire"), "Port strike ends", null, null, Feeds.html(wire)),
        new Feeds.Item("a2", web.url("a.test", "/other"), "Budget approved", null, null, Feeds.html(unrelated)))));
    web.serve("/b.rss", "application/rss+xml", Feeds.rss2("Outlet B", web.url("/"), List.of(
        new Feeds.Item("b1", web.url("b.test", "/news/port-strike"), "Port strike is over", null, null, Feeds.html(edited)))));
    // outlet C relays outlet A's article under A's address with tracking added
    web.serve("/c.rss", "application/rss+xml", Feeds.rss2("Outlet C", web.url("/"), List.of(
        new Feeds.Item("c1", web.url("a.test", "/wire?utm_source=c&utm_medium=rss#top"), "Port strike ends", null, null,
            Feeds.html(wire)))));
    for (String feed : List.of("/a.rss", "/b.rss", "/c.rss")) {
      sources.add(web.url(feed), null, "test");
    }
    sources.poll(List.of());

    List<Article> stored = allArticles();
    assertThat(stored).hasSize(3);
    long a = idOf(stored, "/wire");
    long b = idOf(stored, "/news/port-strike");
    long other = idOf(stored, "/other");
    assertThat(newsbot.stories().storyOf(b)).isEqualTo(newsbot.stories().storyOf(a));
    assertThat(newsbot.stories().duplicatesOf(a)).containsExactly(b);
    assertThat(newsbot.stories().storyOf(other)).isNotEqualTo(newsbot.stories().storyOf(a));
  }

  private static long idOf(List<Article> articles, String path) {
    return articles.stream().filter(a -> a.url().endsWith(path)).findFirst().orElseThrow().id();
  }

  @Test
  void everyHostileSourceIsRefusedOrCutOffAndItsStateSaysWhy() throws Exception {
    String xxeSecret = "NEWSBOT-XXE-SECRET-" + System.nanoTime();
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, xxeSecret);
    List<Feeds.Item> goodItems = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      goodItems.add(new Feeds.Item("good-" + i, web.url("/good/" + i), "Good " + i, null, null,
          Feeds.html(Feeds.paragraphs(70 + i, 4))));
    }
    web.serve("/good.rss", "application/rss+xml", Feeds.rss2("Good", web.url("/"), goodItems));
    long good = sources.add(web.url("/good.rss"), null, "test").source().id();

    Map<String, com.sun.net.httpserver.HttpHandler> hostile = new java.util.LinkedHashMap<>();
    hostile.put("/500", Hostile.status(500));
    hostile.put("/429", Hostile.tooManyRequests(120));
    hostile.put("/slow", Hostile.slow(web));
    hostile.put("/50mb", Hostile.fiftyMegabytes());
    hostile.put("/bomb", Hostile.gzipBomb());
    hostile.put("/malformed", Hostile.body("application/rss+xml",
        "<rss version=\"2.0\"><channel><title>Broken<item><title>x</title></channel></rss>"));
    hostile.put("/xxe", Hostile.body("application/rss+xml", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY s SYSTEM \""
        + secret.toUri() + "\">]><rss version=\"2.0\"><channel><title>&s;</title><link>http://x.test/</link>"
        + "<description>&s;</description><item><title>&s;</title><link>http://x.test/1</link><description>&s;</description>"
        + "</item></channel></rss>"));
    hostile.put("/loop", Hostile.redirect(web.url("/loop-2")));
    web.route("/loop-2", Hostile.redirect(web.url("/loop")));
    Map<String, Long> ids = new HashMap<>();
    String tinyFeed = Feeds.rss2("Fine for now", web.url("/"), List.of(new Feeds.Item("t", web.url("/t"), "T", null, null,
        Feeds.html(Feeds.paragraphs(41, 4)))));
    for (String path : hostile.keySet()) {
      // each source worked when it was added, and turned bad later
      web.serve(path, "application/rss+xml", tinyFeed);
      ids.put(path, sources.add(web.url(path), path, "test").source().id());
      web.route(path, hostile.get(path));
    }

    Instant before = Instant.now();
    List<PollReport> reports = sources.poll(List.of());
    assertThat(reports).hasSize(hostile.size() + 1);

    // the good source next to them is read as always
    assertThat(reports.stream().filter(r -> r.sourceId() == good).findFirst().orElseThrow().added()).isEqualTo(3);
    Map<String, String> expected = Map.of(
        "/500", "HTTP 500",
        "/429", "rate limited: HTTP 429",
        "/slow", "timed out",
        "/50mb", "over the 4 MB limit; cut off",
        "/bomb", "decompressed body over the 4 MB limit",
        "/malformed", "malformed XML at line 1",
        "/xxe", "DOCTYPE with entities",
        "/loop", "redirect loop");
    for (var entry : expected.entrySet()) {
      PollState state = state(ids.get(entry.getKey()));
      assertThat(state.failures()).as(entry.getKey()).isEqualTo(1);
      assertThat(state.lastError()).as(entry.getKey()).contains(entry.getValue());
      assertThat(state.lastSuccess()).as(entry.getKey()).isNull();
      assertThat(state.nextAttempt()).as(entry.getKey()).isAfter(before.plus(Duration.ofMinutes(14)));
    }
    assertThat(state(ids.get("/429")).nextAttempt()).isAfterOrEqualTo(before.plus(Duration.ofMinutes(15)));
    assertThat(allArticles()).noneMatch(a -> a.body().contains(xxeSecret) || String.valueOf(a.title()).contains(xxeSecret));
    assertThat(newsbot.articles().count()).isEqualTo(3);

    // failing again backs off further; the state still says why
    PollReport second = sources.poll(List.of(ids.get("/500"))).getFirst();
    assertThat(second.ok()).isFalse();
    assertThat(state(ids.get("/500")).failures()).isEqualTo(2);
    assertThat(state(ids.get("/500")).nextAttempt()).isAfter(Instant.now().plus(Duration.ofMinutes(29)));
    assertThat(sources.list()).filteredOn(SourceStatus::failing).hasSize(hostile.size());
    assertThat(sources.list().stream().filter(s -> s.source().id() == ids.get("/500")).findFirst().orElseThrow().stateLine())
        .contains("FAILING: 2 failures in a row", "last error", "HTTP 500", "next attempt");
  }

  @Test
  void theFeedsTtlTheResponsesMaxAgeAndASourcesOwnIntervalSetTheNextPoll() throws Exception {
    web.serve("/ttl.rss", "application/rss+xml", "<rss version=\"2.0\"><channel><title>Slow feed</title>"
        + "<link>http://x.test/</link><description>d</description><ttl>180</ttl></channel></rss>");
    web.route("/max-age.rss", exchange -> {
      exchange.getResponseHeaders().set("Cache-Control", "public, max-age=7200");
      TestWeb.send(exchange, 200, "application/rss+xml", Feeds.rss2("Cached", web.url("/"), List.of())
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    });
    web.serve("/own.rss", "application/rss+xml", Feeds.rss2("Own pace", web.url("/"), List.of()));
    long ttl = sources.add(web.url("/ttl.rss"), null, "test").source().id();
    long maxAge = sources.add(web.url("/max-age.rss"), null, "test").source().id();
    long own = sources.add(web.url("/own.rss"), null, "test").source().id();
    assertThat(sources.setInterval(own, Duration.ofHours(5))).isTrue();
    assertThat(sources.setInterval(9999, Duration.ofHours(5))).isFalse();
    Instant before = Instant.now();
    sources.poll(List.of());
    assertThat(state(ttl).nextAttempt()).isAfterOrEqualTo(before.plus(Duration.ofMinutes(180)));
    assertThat(state(maxAge).nextAttempt()).isAfterOrEqualTo(before.plus(Duration.ofHours(2)));
    assertThat(state(own).nextAttempt()).isAfterOrEqualTo(before.plus(Duration.ofHours(5)));
  }

  @Test
  void aRetryAfterLongerThanTheBackoffIsHonoured() throws Exception {
    web.serve("/busy.rss", "application/rss+xml", Feeds.rss2("Busy", web.url("/"), List.of()));
    long id = sources.add(web.url("/busy.rss"), null, "test").source().id();
    web.route("/busy.rss", Hostile.tooManyRequests(7200));
    Instant before = Instant.now();
    PollReport report = pollOne(id);
    assertThat(report.error()).contains("asks to wait 2.0 h");
    assertThat(state(id).nextAttempt()).isAfterOrEqualTo(before.plus(Duration.ofHours(2)));
  }

  @Test
  void aFeedThatRedirectsToAPrivateAddressIsRefused() throws Exception {
    // the feed's host looks public (a public address, never dialled: connections are routed to the test server)
    InetAddress publicAddress = InetAddress.getByName("93.184.216.34");
    HostResolver resolver = host -> switch (host) {
      case "news.example" -> new InetAddress[] {publicAddress};
      case "intranet.example" -> new InetAddress[] {InetAddress.getByName("10.0.0.5")};
      default -> throw new java.net.UnknownHostException(host);
    };
    List<InetSocketAddress> connections = new java.util.concurrent.CopyOnWriteArrayList<>();
    Connector routed = (address, timeout) -> {
      connections.add(address);
      if (!address.getAddress().equals(publicAddress)) {
        throw new ConnectException("not routed in tests");
      }
      Socket socket = new Socket();
      socket.connect(new InetSocketAddress("127.0.0.1", address.getPort()), timeout);
      return socket;
    };
    SourceSettings guarded = SETTINGS.withAllowPrivateAddresses(false);
    try (WebSources strict = new WebSources(guarded, newsbot.database(), newsbot.articles(), newsbot.sources(),
        newsbot.stories(), () -> { }, new HttpFetcher(guarded.fetchLimits(), resolver, routed))) {
      web.serve("/feed.rss", "application/rss+xml", Feeds.rss2("Example", web.url("/"), List.of()));
      long id = strict.add("http://news.example:" + web.port() + "/feed.rss", null, "test").source().id();
      web.route("/feed.rss", Hostile.redirect("http://intranet.example:" + web.port() + "/admin"));
      web.serve("/admin", "text/plain", "internal");

      PollReport report = strict.poll(List.of(id)).getFirst();

      assertThat(report.ok()).isFalse();
      assertThat(report.error()).contains("refused: intranet.example resolves to 10.0.0.5, a private address");
      assertThat(state(id).lastError()).contains("private address");
      assertThat(connections).extracting(InetSocketAddress::getAddress).containsOnly(publicAddress);
      assertThat(web.requests("/admin")).isEmpty();

      // and a moderator cannot add an address inside at all
      assertThatThrownBy(() -> strict.add(web.url("/feed.rss"), null, "test"))
          .isInstanceOf(SourceException.class).hasMessageContaining("127.0.0.1, a loopback address");
    }
  }

  @Test
  void aPageOffersItsFeedAndAnArticlePageIsASourceOfItsOwn() throws Exception {
    web.serve("/feed.rss", "application/rss+xml", Feeds.rss2("Offered", web.url("/"), List.of(
        new Feeds.Item("o1", web.url("/o/1"), "Offered one", null, null, Feeds.html(Feeds.paragraphs(51, 4))))));
    web.serve("/", "text/html", "<html><head><title>Home</title><link rel=\"alternate\" type=\"application/rss+xml\""
        + " href=\"/feed.rss\"></head><body><a href=\"/o/1\">Offered one</a></body></html>");
    AddedSource home = sources.add(web.url("/"), null, "test");
    assertThat(home.source().kind()).isEqualTo(Source.Kind.FEED);
    assertThat(home.source().url()).isEqualTo(web.url("/feed.rss"));
    assertThat(home.offeredBy()).isEqualTo(web.url("/"));

    AtomicReference<List<String>> text = new AtomicReference<>(Feeds.paragraphs(52, 5));
    web.serve("/story.html", "text/html", exchange -> Feeds.articlePage("A page story", "Pat Page",
        Instant.parse("2024-04-02T07:00:00Z"), text.get(), null, "/feed.rss"));
    AddedSource page = sources.add(web.url("/story.html"), "Page Source", "test");
    assertThat(page.source().kind()).isEqualTo(Source.Kind.PAGE);
    assertThat(pollOne(page.source().id()).added()).isEqualTo(1);

    List<String> edited = new ArrayList<>(text.get());
    edited.add("Update: the council will meet again next week.");
    text.set(edited);
    PollReport revised = pollOne(page.source().id());
    assertThat(revised.revised()).isEqualTo(1);
    assertThat(newsbot.articles().count()).isEqualTo(1);
    Article article = allArticles().getFirst();
    assertThat(article.body()).contains("meet again next week");
    assertThat(article.outlet()).isEqualTo("Page Source");
    assertThat(revisions(article.id())).isEqualTo(1);
  }

  @Test
  void removingASourceStopsPollingAndKeepsItsArticles() throws Exception {
    web.serve("/r.rss", "application/rss+xml", Feeds.rss2("Removable", web.url("/"), List.of(
        new Feeds.Item("r1", web.url("/r/1"), "Kept", null, null, Feeds.html(Feeds.paragraphs(61, 4))))));
    long id = sources.add(web.url("/r.rss"), null, "test").source().id();
    pollOne(id);
    assertThat(sources.remove(id)).isTrue();
    assertThat(sources.remove(id)).isFalse();
    assertThat(sources.list()).isEmpty();
    assertThat(sources.poll(List.of(id))).isEmpty();
    assertThat(allArticles()).singleElement().satisfies(a -> assertThat(a.sourceId()).isNull());
  }

  @Test
  void badAddressesAreRefusedWithAReason() {
    assertThatThrownBy(() -> sources.add("not a url", null, "test")).isInstanceOf(SourceException.class)
        .hasMessageContaining("not an http or https address");
    assertThatThrownBy(() -> sources.add(web.url("/missing"), null, "test")).hasMessageContaining("HTTP 404");
    web.serve("/plain.txt", "text/plain", "just text");
    assertThatThrownBy(() -> sources.add(web.url("/plain.txt"), null, "test")).hasMessageContaining("neither a feed nor a web page");
  }
}
