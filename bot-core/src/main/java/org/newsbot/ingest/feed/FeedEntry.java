package org.newsbot.ingest.feed;

import java.net.URI;
import java.time.Instant;

/**
 * One item of a feed: its GUID (or Atom id) when it has one, its link resolved against the feed,
 * and its text as plain paragraphs with site boilerplate removed. Any field may be null but text,
 * which may be empty.
 */
public record FeedEntry(String guid, URI link, String title, String author, Instant published,
    String text) {}
