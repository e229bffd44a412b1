package org.newsbot.answer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.newsbot.article.Origins;

/** A numbered source of an answer: the article a claim cites. */
public record SourceRef(
    int ref,
    @JsonProperty("article_id") String articleId,
    String outlet,
    String title,
    String url,
    LocalDate published) {

  /** The outlet, or the file or host name when the outlet is unknown. */
  public String origin() {
    return Origins.describe(outlet, url);
  }

  /** {@code [1] Outlet: Title (2024-04-02) https://...} */
  public String line() {
    StringBuilder line = new StringBuilder("[").append(ref).append("] ").append(origin());
    if (title != null && !title.isBlank()) {
      line.append(": ").append(title);
    }
    line.append(" (").append(published == null ? "date unknown" : published).append(") ");
    return line.append(url).toString();
  }
}
