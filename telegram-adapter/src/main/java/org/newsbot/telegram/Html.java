package org.newsbot.telegram;

/** Escaping for Telegram's HTML parse mode, which knows only &amp;amp; &amp;lt; &amp;gt; and &amp;quot;. */
final class Html {
  private Html() {}

  /** Text as Telegram shows it literally. */
  static String text(String raw) {
    StringBuilder out = new StringBuilder(raw.length() + 16);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A value inside a double-quoted attribute. */
  static String attribute(String raw) {
    return text(raw).replace("\"", "&quot;");
  }

  /** A link, or the escaped label alone when the URL is not one Telegram opens (file:, bad). */
  static String link(String url, String label) {
    if (!linkable(url)) {
      return text(label);
    }
    return "<a href=\"" + attribute(url.strip()) + "\">" + text(label) + "</a>";
  }

  static boolean linkable(String url) {
    if (url == null) {
      return false;
    }
    String u = url.strip().toLowerCase(java.util.Locale.ROOT);
    return (u.startsWith("https://") || u.startsWith("http://")) && u.length() > 8
        && u.chars().noneMatch(Character::isWhitespace);
  }
}
