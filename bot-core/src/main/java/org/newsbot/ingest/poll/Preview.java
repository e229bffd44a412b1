package org.newsbot.ingest.poll;

import java.time.Instant;
import java.util.List;

/**
 * A source as it would be read, nothing stored: its title and kind and its entries with the first
 * {@value #TEXT_CHARS} characters of their text; or the error that stopped it.
 */
public record Preview(String url, String title, String kind, List<Entry> entries, String error) {
  public static final int TEXT_CHARS = 200;

  public Preview {
    entries = entries == null ? List.of() : List.copyOf(entries);
  }

  public record Entry(String title, String url, Instant published, String author, String text) {}

  static Preview failed(String url, String error) {
    return new Preview(url, null, null, List.of(), error);
  }

  public boolean ok() {
    return error == null;
  }
}
