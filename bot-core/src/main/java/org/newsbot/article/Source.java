package org.newsbot.article;

import java.time.Instant;

/** Where articles come from: a feed, a page, or imported files. */
public record Source(long id, Kind kind, String url, String name, Instant addedAt, String addedBy) {

  /** How a source is read. */
  public enum Kind {
    FILE, FEED, PAGE;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
