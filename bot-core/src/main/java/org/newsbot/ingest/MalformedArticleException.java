package org.newsbot.ingest;

/** An input that cannot be read as an article, with the line that shows it. */
final class MalformedArticleException extends Exception {
  private final int line;

  MalformedArticleException(int line, String message) {
    super(message);
    this.line = line;
  }

  int line() {
    return line;
  }
}
