package org.newsbot.ingest.web;

import java.io.IOException;

/** A body went past the size limit while it was read. */
final class BodyTooLargeException extends IOException {
  BodyTooLargeException(String message) {
    super(message);
  }
}
