package org.newsbot.ingest;

import java.util.List;

/** What an import did: counts of articles, and every input it had to skip with the reason. */
public record ImportReport(int files, int added, int revised, int unchanged, List<Problem> problems) {

  /** An input that was skipped: the file, the line (0 for the whole file) and why. */
  public record Problem(String file, int line, String message) {
    @Override
    public String toString() {
      return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
  }

  public String summary() {
    return String.format("Imported %d new article%s (%d revised, %d unchanged) from %d file%s%s.",
        added, added == 1 ? "" : "s", revised, unchanged, files, files == 1 ? "" : "s",
        problems.isEmpty() ? "" : "; skipped " + problems.size() + " malformed input"
            + (problems.size() == 1 ? "" : "s"));
  }
}
