package org.newsbot.alerts;

/** A subscription query the bot cannot use; the message says what is wrong in the user's terms. */
public final class InvalidQueryException extends IllegalArgumentException {
  public InvalidQueryException(String message) {
    super(message);
  }
}
