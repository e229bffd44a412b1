package org.newsbot.ingest.web;

import java.io.IOException;

/** A server took longer than a timeout allows. */
final class FetchTimeoutException extends IOException {
  FetchTimeoutException(String message) {
    super(message);
  }
}
