package org.newsbot.answer.wording;

/** The model replied, but its wording fails the citation or support check. */
final class RejectedWording extends Exception {
  RejectedWording(String reason) {
    super(reason);
  }
}
