package org.newsbot.ingest.page;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * What a web page says about itself and its main text: title, byline, publication time, the
 * canonical address it names, its site name and language, the feeds it offers, and whether it reads
 * as one article. Text is plain paragraphs without site boilerplate; other fields may be null.
 */
public record ExtractedPage(URI url, String title, String byline, Instant published, String text,
    URI canonical, String siteName, String language, List<URI> feeds, boolean article) {

  public ExtractedPage {
    feeds = List.copyOf(feeds);
  }
}
