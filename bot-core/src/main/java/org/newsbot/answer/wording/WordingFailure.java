package org.newsbot.answer.wording;

/** The chat endpoint gave no usable reply: unreachable, an HTTP error, too slow, or not its JSON. */
final class WordingFailure extends Exception {
  WordingFailure(String reason) {
    super(reason);
  }
}
