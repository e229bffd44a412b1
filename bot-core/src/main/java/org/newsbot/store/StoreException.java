package org.newsbot.store;

/** A database operation failed; the message says which and why. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
