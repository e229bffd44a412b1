package org.newsbot.ingest.poll;

import java.util.regex.Pattern;

/** Whether a feed item's text is only a teaser, so its page holds the article. */
final class Teasers {
  /** Shorter than this is a teaser whatever it says; full news items are rarely this short. */
  static final int SHORT = 600;
  /** Up to this length, text that trails off or invites to read on is a teaser too. */
  static final int TRAILING = 2000;
  private static final Pattern TRAILS_OFF = Pattern.compile(
      "(?is).*(\\.\\.\\.|…|\\[\\s*(\\.\\.\\.|…)\\s*]|read more|continue reading|read the full (story|article)"
          + "|weiterlesen|lire la suite|leer más|mehr lesen)\\W*$");

  private Teasers() {}

  static boolean isTeaser(String text) {
    if (text == null) {
      return true;
    }
    String stripped = text.strip();
    return stripped.length() < SHORT || (stripped.length() < TRAILING && TRAILS_OFF.matcher(stripped).matches());
  }
}
