package org.newsbot.ingest.poll;

import org.newsbot.article.Source;

/**
 * A source after {@code add}: the stored source, whether it was there already, the format found
 * ({@code rss_2.0}, {@code page}, ...), the entries it showed, and the page that offered the feed.
 */
public record AddedSource(Source source, boolean existed, String format, int entries, String offeredBy) {}
