package org.newsbot.ingest.poll;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.newsbot.article.Source;
import org.newsbot.store.PollState;

/** A source with its article count and, for web sources, how polling it goes. */
public record SourceStatus(Source source, long articles, PollState state) {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
      .withZone(ZoneOffset.UTC);

  /** {@code 3. Wikinews (feed, 294 articles)}: the source's first line, the same for every kind. */
  public String headline() {
    Source s = source;
    String kind = s.kind().label() + (state != null && state.format() != null ? " " + state.format() : "");
    return s.id() + ". " + (s.name() == null ? s.url() : s.name()) + " (" + kind + ", " + articles
        + (articles == 1 ? " article" : " articles") + ")";
  }

  /** The polling state in one line: last success, last error, next attempt, failures in a row. */
  public String stateLine() {
    if (state == null) {
      return null;
    }
    StringBuilder line = new StringBuilder();
    if (state.failures() > 0) {
      line.append("FAILING: ").append(state.failures()).append(state.failures() == 1 ? " failure" : " failures")
          .append(" in a row; ");
    }
    line.append("last success ").append(time(state.lastSuccess()));
    if (state.lastError() != null) {
      line.append("; last error ").append(time(state.lastErrorAt())).append(": ").append(state.lastError());
    }
    line.append("; next attempt ").append(time(state.nextAttempt()));
    if (state.interval() != null) {
      line.append("; polled every ").append(org.newsbot.ingest.web.Durations.describe(state.interval()));
    }
    return line.toString();
  }

  public boolean failing() {
    return state != null && state.failures() > 0;
  }

  static String time(Instant instant) {
    return instant == null ? "never" : TIME.format(instant);
  }
}
