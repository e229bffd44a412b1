package org.newsbot.ingest.feed;

/** A body that is not a feed newsbot can read; the message says what is wrong with it. */
public final class FeedFormatException extends Exception {
  public FeedFormatException(String message) {
    super(message);
  }
}
