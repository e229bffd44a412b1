package org.newsbot.ingest.poll;

import org.newsbot.ingest.feed.ParsedFeed;
import org.newsbot.ingest.page.ExtractedPage;
import org.newsbot.ingest.web.FetchResponse;

/** What fetching a source's address gave: nothing new, a feed, or a page. */
sealed interface Fetched {
  FetchResponse response();

  record NotModified(FetchResponse response) implements Fetched {}

  record Feed(FetchResponse response, ParsedFeed feed) implements Fetched {}

  record Page(FetchResponse response, ExtractedPage page) implements Fetched {}
}
