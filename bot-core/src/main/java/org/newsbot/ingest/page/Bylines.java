package org.newsbot.ingest.page;

import java.util.regex.Pattern;
import org.newsbot.ingest.HtmlText;

/** Cleans author lines: no "By", no addresses, no overlong text. */
final class Bylines {
  private static final Pattern BY = Pattern.compile("(?i)^(by|von|par|por|di)\\s+");
  private static final int MAX = 200;

  private Bylines() {}

  static String clean(String byline) {
    String text = HtmlText.inline(byline);
    if (text == null || text.startsWith("http://") || text.startsWith("https://")) {
      return null;
    }
    text = BY.matcher(text).replaceFirst("").strip();
    if (text.isEmpty()) {
      return null;
    }
    return text.length() <= MAX ? text : text.substring(0, MAX);
  }
}
