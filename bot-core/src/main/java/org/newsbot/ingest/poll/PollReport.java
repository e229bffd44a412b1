package org.newsbot.ingest.poll;

import java.time.Instant;
import java.util.List;

/**
 * What one poll of a source did: articles added, revised and left as they were, entries skipped
 * (with notes saying why), article pages fetched for teasers, or the error that failed it.
 */
public record PollReport(long sourceId, String url, boolean ok, boolean notModified, int added,
    int revised, int unchanged, int skipped, int pagesFetched, List<String> notes, String error,
    Instant nextAttempt) {

  public PollReport {
    notes = List.copyOf(notes);
  }

  static PollReport failed(long sourceId, String url, String error, Instant nextAttempt) {
    return new PollReport(sourceId, url, false, false, 0, 0, 0, 0, 0, List.of(), error, nextAttempt);
  }

  public String summary() {
    if (!ok) {
      return "source " + sourceId + " failed: " + error;
    }
    if (notModified) {
      return "source " + sourceId + ": not modified since the last poll";
    }
    return "source " + sourceId + ": " + added + " added, " + revised + " revised, " + unchanged
        + " unchanged" + (skipped > 0 ? ", " + skipped + " skipped" : "")
        + (pagesFetched > 0 ? " (" + pagesFetched + " article pages fetched)" : "");
  }
}
