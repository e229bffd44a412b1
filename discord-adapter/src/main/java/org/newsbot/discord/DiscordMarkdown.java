package org.newsbot.discord;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes article and user text show as written in Discord: markdown characters are escaped, and
 * mass mentions are broken with a zero-width space so they cannot ping even if a message's allowed
 * mentions were ever lost.
 */
final class DiscordMarkdown {
  /** Characters that start markdown anywhere in a line; '<' opens mentions, emoji and timestamps. */
  private static final String INLINE = "\\*_~`|[]()<>";
  /** Markdown that only counts at the start of a line: headings, quotes, lists, subtext. */
  private static final Pattern LINE_START = Pattern.compile("(?m)^(\\s*)([#>+-]|\\d+(?=[.)]))");
  private static final Pattern MASS_MENTION = Pattern.compile("@(everyone|here)\\b");
  private static final String ZERO_WIDTH_SPACE = "\u200B";

  private DiscordMarkdown() {}

  static String escape(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (INLINE.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    Matcher lineStart = LINE_START.matcher(out);
    String escaped = lineStart.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + escapeLead(match.group(2))));
    return MASS_MENTION.matcher(escaped).replaceAll("@" + ZERO_WIDTH_SPACE + "$1");
  }

  /** A number that would start a list keeps its digits; the dot or parenthesis after it is escaped. */
  private static String escapeLead(String lead) {
    return Character.isDigit(lead.charAt(0)) ? lead + "\\" : "\\" + lead;
  }

  /** A link target safe inside {@code [text](url)}: no spaces or parentheses to end it early. */
  static String linkTarget(String url) {
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C")
        .replace(">", "%3E");
  }

  static boolean isWebLink(String url) {
    return url != null && (url.startsWith("https://") || url.startsWith("http://"));
  }
}
