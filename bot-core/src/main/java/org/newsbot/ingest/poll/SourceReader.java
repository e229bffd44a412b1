package org.newsbot.ingest.poll;

import java.net.URI;
import org.newsbot.ingest.feed.BodyKind;
import org.newsbot.ingest.feed.FeedFormatException;
import org.newsbot.ingest.feed.FeedReader;
import org.newsbot.ingest.page.PageExtractor;
import org.newsbot.ingest.web.Conditional;
import org.newsbot.ingest.web.FetchException;
import org.newsbot.ingest.web.FetchResponse;
import org.newsbot.ingest.web.HttpFetcher;
import org.newsbot.ingest.web.Urls;

/** Fetches an address and recognises what came back: a feed of any format, or an HTML page. */
final class SourceReader {
  static final String FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json,"
      + " application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8,"
      + " text/html;q=0.7, */*;q=0.5";
  static final String PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

  private final HttpFetcher fetcher;

  SourceReader(HttpFetcher fetcher) {
    this.fetcher = fetcher;
  }

  Fetched read(URI url, Conditional conditional) throws FetchException, FeedFormatException {
    FetchResponse response = fetcher.get(url, conditional, FEED_ACCEPT);
    if (response.notModified()) {
      return new Fetched.NotModified(response);
    }
    return interpret(response);
  }

  /** An article page, read for its text. */
  Fetched.Page page(URI url) throws FetchException, FeedFormatException {
    FetchResponse response = fetcher.get(url, null, PAGE_ACCEPT);
    if (BodyKind.sniff(response.body(), response.contentType()) != BodyKind.HTML) {
      throw new FeedFormatException("the article address " + url + " is not an HTML page");
    }
    return new Fetched.Page(response, PageExtractor.extract(response.body(), response.charset(), response.url()));
  }

  static Fetched interpret(FetchResponse response) throws FeedFormatException {
    return switch (BodyKind.sniff(response.body(), response.contentType())) {
      case XML_FEED, JSON_FEED -> new Fetched.Feed(response,
          FeedReader.read(response.body(), response.contentType(), response.charset(), linkBase(response)));
      case HTML -> new Fetched.Page(response,
          PageExtractor.extract(response.body(), response.charset(), response.url()));
      case OTHER -> throw new FeedFormatException("neither a feed nor a web page"
          + (response.contentType() == null ? "" : " (Content-Type " + response.contentType() + ")"));
    };
  }

  /**
   * What a feed's relative links resolve against: the address a Content-Location header gives the
   * feed (as feed readers have long honoured it), else the address it was fetched from.
   */
  static URI linkBase(FetchResponse response) {
    URI location = Urls.resolve(response.url(), response.header("content-location"));
    return location != null ? location : response.url();
  }

  /**
   * What an address is as a source: a feed; an article page; or a page that offers a feed in
   * {@code <link rel="alternate">}, which stands for that feed.
   */
  Recognised recognise(URI url) throws FetchException, FeedFormatException {
    Fetched fetched = read(url, null);
    if (fetched instanceof Fetched.Feed feed) {
      return new Recognised(url, null, feed);
    }
    Fetched.Page page = (Fetched.Page) fetched;
    if (page.page().article() || page.page().feeds().isEmpty()) {
      if (page.page().text().length() < 200) {
        throw new FeedFormatException("a web page with neither an article nor a feed link");
      }
      return new Recognised(url, null, page);
    }
    URI feedUrl = page.page().feeds().getFirst();
    Fetched offered = read(feedUrl, null);
    if (!(offered instanceof Fetched.Feed feed)) {
      throw new FeedFormatException("the page offers " + feedUrl + " as its feed, but that is no feed");
    }
    return new Recognised(feedUrl, url, feed);
  }

  /** A recognised source: the address to poll, the page that offered it (or null), and what it gave. */
  record Recognised(URI url, URI offeredBy, Fetched fetched) {}
}
