package org.newsbot.ingest.feed;

import java.time.Duration;
import java.util.List;

/**
 * A feed as read: its title, its format ({@code rss_2.0}, {@code atom_1.0}, {@code json_1.1}, ...),
 * the RSS {@code ttl} when it gives one, and its entries in feed order.
 */
public record ParsedFeed(String title, String format, Duration ttl, List<FeedEntry> entries) {
  public ParsedFeed {
    entries = List.copyOf(entries);
  }
}
