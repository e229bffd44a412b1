/**
 * Reading feeds: RSS 0.9x/1.0/2.0, Atom 0.3/1.0, CDF and JSON Feed into {@link
 * org.newsbot.ingest.feed.FeedEntry entries}. Start at {@link org.newsbot.ingest.feed.FeedReader};
 * XML goes through {@code XmlTree} (a StAX parser with DTDs off), then {@code XmlFeeds}, which reads
 * each element by the meaning {@code elements.tsv} gives it, and {@code FeedText}, which decodes
 * text constructs. {@code FeedparserConformanceTest} measures the whole against feedparser's tests.
 */
package org.newsbot.ingest.feed;
