package org.newsbot.ingest.poll;

/** A source cannot be added or read; the message says why. */
public final class SourceException extends Exception {
  public SourceException(String message) {
    super(message);
  }
}
