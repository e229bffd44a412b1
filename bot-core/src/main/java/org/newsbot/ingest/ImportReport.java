package org.newsbot.ingest;

import java.util.List;

/**
 * What an import did: counts of articles, every input it had to skip with the reason, and the
 * warnings about articles it kept (a date it could not read, say). A warning is no failure.
 */
public record ImportReport(int files, int added, int revised, int unchanged, List<Problem> problems,
    List<Problem> warnings) {

  /** The exit code of an import with only warnings, or none. */
  public static final int OK = 0;
  /** The exit code when malformed files or lines were skipped and the rest imported. */
  public static final int SKIPPED_MALFORMED = 3;
  /** The exit code when an input was missing or could not be read at all. */
  public static final int UNREADABLE_INPUT = 4;

  public ImportReport {
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  /** What went wrong with an input: its content, or reading it at all. */
  public enum Kind { MALFORMED, UNREADABLE, WARNING }

  /** An input that was skipped or warned about: the file, the line (0 for the whole file) and why. */
  public record Problem(String file, int line, String message, Kind kind) {
    public Problem(String file, int line, String message) {
      this(file, line, message, Kind.MALFORMED);
    }

    @Override
    public String toString() {
      return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
  }

  /** 0 when everything imported (warnings or not), 4 when an input could not be read, else 3. */
  public int exitCode() {
    if (problems.stream().anyMatch(problem -> problem.kind() == Kind.UNREADABLE)) {
      return UNREADABLE_INPUT;
    }
    return problems.isEmpty() ? OK : SKIPPED_MALFORMED;
  }

  public String summary() {
    return String.format("Imported %d new article%s (%d revised, %d unchanged) from %d file%s%s%s.",
        added, added == 1 ? "" : "s", revised, unchanged, files, files == 1 ? "" : "s",
        problems.isEmpty() ? "" : "; skipped " + problems.size()
            + (exitCode() == UNREADABLE_INPUT ? " unreadable or malformed input" : " malformed input")
            + (problems.size() == 1 ? "" : "s"),
        warnings.isEmpty() ? "" : "; " + warnings.size() + " warning" + (warnings.size() == 1 ? "" : "s"));
  }
}
