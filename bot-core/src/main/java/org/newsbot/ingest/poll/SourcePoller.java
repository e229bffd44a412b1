package org.newsbot.ingest.poll;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsbot.article.IncomingArticle;
import org.newsbot.article.Source;
import org.newsbot.ingest.CanonicalUrls;
import org.newsbot.ingest.Languages;
import org.newsbot.ingest.PublicationDates;
import org.newsbot.ingest.SourceSettings;
import org.newsbot.ingest.feed.FeedEntry;
import org.newsbot.ingest.feed.FeedFormatException;
import org.newsbot.ingest.feed.ParsedFeed;
import org.newsbot.ingest.page.ExtractedPage;
import org.newsbot.ingest.web.Conditional;
import org.newsbot.ingest.web.FetchException;
import org.newsbot.ingest.web.FetchResponse;
import org.newsbot.ingest.web.Urls;
import org.newsbot.store.ArticleStore;
import org.newsbot.store.PollState;
import org.newsbot.store.PollStateStore;
import org.newsbot.store.SourceEntryStore;
import org.newsbot.story.StoryClusters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one web source: a conditional GET, then the feed's new and changed entries (their pages
 * fetched when the feed gives only a teaser) or the page's article, stored as articles and filed
 * into stories. Whatever happens ends in the source's state: success, or the error and when to try
 * again. Nothing a source serves can stop the poller.
 */
final class SourcePoller {
  private static final Logger log = LoggerFactory.getLogger(SourcePoller.class);
  /** Entries beyond this many in one feed wait for later polls; feeds carry far fewer. */
  static final int MAX_ENTRIES = 1000;

  private final SourceSettings settings;
  private final SourceReader reader;
  private final PollStateStore states;
  private final SourceEntryStore entries;
  private final ArticleStore articles;
  private final StoryClusters stories;
  private final Clock clock;

  SourcePoller(SourceSettings settings, SourceReader reader, PollStateStore states,
      SourceEntryStore entries, ArticleStore articles, StoryClusters stories, Clock clock) {
    this.settings = settings;
    this.reader = reader;
    this.states = states;
    this.entries = entries;
    this.articles = articles;
    this.stories = stories;
    this.clock = clock;
  }

  PollReport poll(Source source) {
    Instant started = clock.instant();
    PollState state;
    try {
      states.start(source.id(), started);
      state = states.find(source.id()).orElse(null);
    } catch (RuntimeException e) {
      state = null;
    }
    if (state == null) {
      return PollReport.failed(source.id(), source.url(), "the source was removed", null);
    }
    Duration interval = state.interval() == null ? settings.pollInterval() : state.interval();
    try {
      URI url = Urls.parse(source.url());
      Fetched fetched = reader.read(url, new Conditional(state.etag(), state.lastModified()));
      Ingested ingested;
      ParsedFeed feed = null;
      if (fetched instanceof Fetched.NotModified) {
        ingested = new Ingested();
      } else if (fetched instanceof Fetched.Feed f) {
        feed = f.feed();
        ingested = ingestFeed(source, feed, f.response().url());
      } else {
        Fetched.Page page = (Fetched.Page) fetched;
        if (source.kind() == Source.Kind.FEED) {
          // a feed address that now serves a page: the page may still name the feed
          if (page.page().feeds().isEmpty()) {
            throw new FeedFormatException("expected a feed, got an HTML page that names no feed");
          }
          Fetched offered = reader.read(page.page().feeds().getFirst(), null);
          if (!(offered instanceof Fetched.Feed f)) {
            throw new FeedFormatException("expected a feed, got an HTML page whose feed link is no feed");
          }
          feed = f.feed();
          ingested = ingestFeed(source, feed, f.response().url());
        } else {
          ingested = ingestPage(source, page.page());
        }
      }
      FetchResponse response = fetched.response();
      Instant now = clock.instant();
      Instant next = PollPolicy.afterSuccess(now, interval, response.maxAge(), feed == null ? null : feed.ttl());
      boolean newValidators = !(fetched instanceof Fetched.NotModified);
      states.succeeded(source.id(), now, next, newValidators, response.etag(), response.lastModified(),
          feed != null ? feed.format() : fetched instanceof Fetched.Page ? "page" : null,
          feed != null ? feed.title() : null);
      return new PollReport(source.id(), source.url(), true, fetched instanceof Fetched.NotModified,
          ingested.added, ingested.revised, ingested.unchanged, ingested.skipped, ingested.pages,
          ingested.notes, null, next);
    } catch (FetchException e) {
      return failed(source, state, interval, e.getMessage(), e.retryAfter());
    } catch (FeedFormatException | IllegalArgumentException e) {
      return failed(source, state, interval, e.getMessage(), null);
    } catch (RuntimeException e) {
      log.warn("polling source {} ({}) failed", source.id(), source.url(), e);
      return failed(source, state, interval, "internal error: " + e, null);
    }
  }

  private PollReport failed(Source source, PollState state, Duration interval, String error,
      Duration retryAfter) {
    Instant now = clock.instant();
    Instant next = PollPolicy.afterFailure(now, interval, state.failures() + 1, retryAfter, settings.maxBackoff());
    try {
      states.failed(source.id(), now, next, error);
    } catch (RuntimeException e) {
      log.warn("cannot record the failed poll of source {}: {}", source.id(), e.getMessage());
    }
    log.info("polling source {} ({}) failed: {}", source.id(), source.url(), error);
    return PollReport.failed(source.id(), source.url(), error, next);
  }

  /** Counts of one poll and the notes on what was skipped. */
  private static final class Ingested {
    int added;
    int revised;
    int unchanged;
    int skipped;
    int pages;
    final List<String> notes = new ArrayList<>();
  }

  /** An article prepared from an entry, with what the entry table remembers about it. */
  private record Prepared(String key, String guid, String author, String entryHash, IncomingArticle article) {}

  private Ingested ingestFeed(Source source, ParsedFeed feed, URI feedUrl) {
    Ingested result = new Ingested();
    List<FeedEntry> all = feed.entries();
    if (all.size() > MAX_ENTRIES) {
      result.notes.add("the feed has " + all.size() + " entries; read the first " + MAX_ENTRIES);
      all = all.subList(0, MAX_ENTRIES);
    }
    Map<String, FeedEntry> byKey = new LinkedHashMap<>();
    for (FeedEntry entry : all) {
      byKey.putIfAbsent(key(entry), entry);
    }
    Map<String, SourceEntryStore.Seen> seen = entries.find(source.id(), byKey.keySet());
    String outlet = outlet(source, feed.title(), feedUrl);
    List<Prepared> prepared = new ArrayList<>();
    List<SourceEntryStore.Entry> skippedEntries = new ArrayList<>();
    int deferred = 0;
    for (Map.Entry<String, FeedEntry> keyed : byKey.entrySet()) {
      String key = keyed.getKey();
      FeedEntry entry = keyed.getValue();
      String hash = entryHash(entry);
      SourceEntryStore.Seen before = seen.get(key);
      if (before != null && before.entryHash().equals(hash)) {
        result.unchanged++;
        continue;
      }
      // a title element with no text in it (an image alone) names nothing
      String title = entry.title() == null || entry.title().isBlank() ? null : entry.title();
      String text = entry.text();
      String author = entry.author();
      Instant published = entry.published();
      URI articleUrl = entry.link();
      String pageLanguage = null;
      if (Teasers.isTeaser(text) && entry.link() != null) {
        if (result.pages >= settings.maxPagesPerPoll()) {
          deferred++;
          continue;
        }
        result.pages++;
        try {
          // the page without tracking parameters: the same page, and the same address for every feed
          ExtractedPage page = reader.page(Urls.parse(CanonicalUrls.canonical(entry.link()))).page();
          if (page.text().length() > text.length()) {
            text = page.text();
          }
          // the page's metadata wins; the feed's fills what the page lacks
          title = page.title() != null ? page.title() : title;
          author = page.byline() != null ? page.byline() : author;
          published = page.published() != null ? page.published() : published;
          articleUrl = page.canonical() != null && CanonicalUrls.sameSite(page.url(), page.canonical())
              ? page.canonical() : page.url();
          pageLanguage = page.language();
        } catch (FetchException | FeedFormatException e) {
          result.notes.add("article page of '" + label(entry) + "': " + e.getMessage());
        } catch (RuntimeException e) {
          result.notes.add("article page of '" + label(entry) + "': cannot extract: " + e.getMessage());
        }
      }
      published = plausible(source, published, "'" + label(entry) + "'", result);
      if (text.isBlank()) {
        result.skipped++;
        result.notes.add("'" + label(entry) + "' has no article text");
        skippedEntries.add(new SourceEntryStore.Entry(key, entry.guid(), null, null, author, hash));
        continue;
      }
      String url;
      if (before != null && before.articleUrl() != null) {
        url = before.articleUrl(); // the GUID keeps naming the article it named first
      } else if (articleUrl != null) {
        url = CanonicalUrls.canonical(articleUrl);
      } else {
        url = CanonicalUrls.canonical(feedUrl) + "#" + key.substring(0, 16);
      }
      String language = Languages.detect(text);
      prepared.add(new Prepared(key, entry.guid(), author, hash, new IncomingArticle(source.id(), outlet,
          url, title, published == null ? null : LocalDate.ofInstant(published, ZoneOffset.UTC),
          language != null ? language : pageLanguage, text)));
    }
    if (deferred > 0) {
      result.notes.add(deferred + " teaser entries wait for the next poll: " + settings.maxPagesPerPoll()
          + " article pages per poll at most");
    }
    store(source, prepared, result);
    entries.record(source.id(), skippedEntries, clock.instant());
    return result;
  }

  private Ingested ingestPage(Source source, ExtractedPage page) throws FeedFormatException {
    Ingested result = new Ingested();
    if (page.text().isBlank()) {
      throw new FeedFormatException("no article text found on the page");
    }
    URI address = page.canonical() != null && CanonicalUrls.sameSite(page.url(), page.canonical())
        ? page.canonical() : page.url();
    String url = CanonicalUrls.canonical(address);
    String key = sha256("url:" + CanonicalUrls.canonical(Urls.parse(source.url())));
    String hash = sha256(Objects.toString(page.title(), "") + "\n" + page.text());
    SourceEntryStore.Seen before = entries.find(source.id(), List.of(key)).get(key);
    if (before != null && before.entryHash().equals(hash)) {
      result.unchanged++;
      return result;
    }
    if (before != null && before.articleUrl() != null) {
      url = before.articleUrl();
    }
    String language = Languages.detect(page.text());
    Instant published = plausible(source, page.published(), "the page", result);
    IncomingArticle article = new IncomingArticle(source.id(), outlet(source, page.siteName(), page.url()), url,
        page.title(), published == null ? null : LocalDate.ofInstant(published, ZoneOffset.UTC),
        language != null ? language : page.language(), page.text());
    store(source, List.of(new Prepared(key, null, page.byline(), hash, article)), result);
    return result;
  }

  /**
   * The publication date, or null with a warning on the source when it cannot be true: before
   * 1900 or more than two days ahead (9999-12-31 and the like are placeholders, not dates).
   */
  private Instant plausible(Source source, Instant published, String what, Ingested result) {
    String implausible = PublicationDates.implausible(published, clock);
    if (implausible == null) {
      return published;
    }
    String note = what + " gives the date " + published + ", which is " + implausible + "; stored without a date";
    result.notes.add(note);
    log.warn("source {} ({}): {}", source.id(), source.url(), note);
    return null;
  }

  /** Saves the articles in one transaction, then remembers the entries and files the stories. */
  private void store(Source source, List<Prepared> prepared, Ingested result) {
    if (prepared.isEmpty()) {
      return;
    }
    // one article per URL within a poll: the last entry naming it wins, as a later poll would
    Map<String, IncomingArticle> byUrl = new LinkedHashMap<>();
    for (Prepared p : prepared) {
      byUrl.remove(p.article().url());
      byUrl.put(p.article().url(), p.article());
    }
    List<IncomingArticle> batch = List.copyOf(byUrl.values());
    List<ArticleStore.Saved> saved = articles.save(batch);
    Map<String, ArticleStore.Saved> savedByUrl = new LinkedHashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      savedByUrl.put(batch.get(i).url(), saved.get(i));
      switch (saved.get(i).outcome()) {
        case ADDED -> result.added++;
        case REVISED -> result.revised++;
        case UNCHANGED -> result.unchanged++;
      }
    }
    List<SourceEntryStore.Entry> remembered = new ArrayList<>();
    for (Prepared p : prepared) {
      ArticleStore.Saved s = savedByUrl.get(p.article().url());
      remembered.add(new SourceEntryStore.Entry(p.key(), p.guid(), s.articleId(), p.article().url(),
          p.author(), p.entryHash()));
    }
    entries.record(source.id(), remembered, clock.instant());
    Set<Long> filed = new LinkedHashSet<>();
    for (int i = 0; i < batch.size(); i++) {
      ArticleStore.Saved s = saved.get(i);
      if (s.outcome() != ArticleStore.Outcome.UNCHANGED && filed.add(s.articleId())) {
        try {
          stories.assign(s.articleId(), batch.get(i).title(), batch.get(i).body());
        } catch (RuntimeException e) {
          log.warn("cannot file article {} into a story: {}", s.articleId(), e.getMessage());
        }
      }
    }
  }

  /** An entry's identity within its source: its GUID, else its canonical link, else its text. */
  static String key(FeedEntry entry) {
    if (entry.guid() != null && !entry.guid().isBlank()) {
      return sha256("guid:" + entry.guid().strip());
    }
    if (entry.link() != null) {
      return sha256("url:" + CanonicalUrls.canonical(entry.link()));
    }
    return sha256("text:" + Objects.toString(entry.title(), "") + "\n" + entry.text());
  }

  private static String entryHash(FeedEntry entry) {
    return sha256(Objects.toString(entry.title(), "") + "\n" + Objects.toString(entry.link(), "") + "\n"
        + Objects.toString(entry.published(), "") + "\n" + Objects.toString(entry.author(), "") + "\n"
        + entry.text());
  }

  private static String outlet(Source source, String title, URI url) {
    if (source.name() != null && !source.name().isBlank()) {
      return source.name();
    }
    if (title != null && !title.isBlank()) {
      return title.length() <= 200 ? title : title.substring(0, 200);
    }
    String host = url.getHost();
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  private static String label(FeedEntry entry) {
    String label = entry.title() != null && !entry.title().isBlank() ? entry.title() : entry.link() != null ? entry.link().toString() : "untitled";
    return label.length() <= 80 ? label : label.substring(0, 77) + "...";
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
