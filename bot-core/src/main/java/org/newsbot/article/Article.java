package org.newsbot.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored news article. {@code published} is null when the date is unknown; {@code outlet} is null
 * for articles imported from files that name none.
 */
public record Article(
    long id,
    Long sourceId,
    String outlet,
    String url,
    String title,
    LocalDate published,
    String language,
    String body,
    String contentHash,
    Instant ingestedAt) {

  public Article {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(body, "body");
  }

  /** What a reader calls this article's origin: the outlet, else the file or host it came from. */
  public String displaySource() {
    return Origins.describe(outlet, url);
  }
}
