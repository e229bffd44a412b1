package org.newsbot.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a message in Telegram's HTML parse mode the way Telegram does: only its tags, properly
 * nested, and only the entities &amp;lt; &amp;gt; &amp;amp; &amp;quot; and numeric ones. Gives the text a
 * user sees and the links; refuses what Telegram refuses with a similar description.
 */
final class TelegramHtml {
  private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
      "a", "code", "pre", "tg-spoiler", "span", "blockquote", "tg-emoji");
  private static final Pattern HREF = Pattern.compile("^a\\s+href=\"([^\"]*)\"\\s*$", Pattern.DOTALL);

  record Link(String href, String text) {}

  record Parsed(String text, List<Link> links) {}

  static final class BadHtml extends IllegalArgumentException {
    BadHtml(String message) {
      super(message);
    }
  }

  private TelegramHtml() {}

  static Parsed parse(String html) {
    StringBuilder text = new StringBuilder();
    List<Link> links = new ArrayList<>();
    Deque<String> open = new ArrayDeque<>();
    String href = null;
    int linkStart = 0;
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        int end = html.indexOf('>', i);
        if (end < 0) {
          throw new BadHtml("Can't find end of the tag starting at byte offset " + i);
        }
        String inner = html.substring(i + 1, end);
        if (inner.startsWith("/")) {
          String name = inner.substring(1).strip().toLowerCase(Locale.ROOT);
          if (open.isEmpty() || !open.peek().equals(name)) {
            throw new BadHtml("Unmatched end tag at byte offset " + i + ", expected \"</"
                + (open.isEmpty() ? "" : open.peek()) + ">\", found \"</" + name + ">\"");
          }
          open.pop();
          if (name.equals("a")) {
            links.add(new Link(href, text.substring(linkStart)));
          }
        } else {
          String name = inner.split("\\s", 2)[0].toLowerCase(Locale.ROOT);
          if (!TAGS.contains(name)) {
            throw new BadHtml("Unsupported start tag \"" + name + "\" at byte offset " + i);
          }
          if (name.equals("a")) {
            Matcher matcher = HREF.matcher(inner);
            if (!matcher.matches()) {
              throw new BadHtml("Can't parse the a tag at byte offset " + i);
            }
            href = decode(matcher.group(1), i);
            linkStart = text.length();
          }
          open.push(name);
        }
        i = end + 1;
      } else if (c == '&') {
        int end = html.indexOf(';', i);
        if (end < 0 || end - i > 10) {
          throw new BadHtml("Character entity expected at byte offset " + i);
        }
        text.append(entity(html.substring(i + 1, end), i));
        i = end + 1;
      } else {
        text.append(c);
        i++;
      }
    }
    if (!open.isEmpty()) {
      throw new BadHtml("Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
    }
    return new Parsed(text.toString(), links);
  }

  private static String decode(String attribute, int offset) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < attribute.length()) {
      char c = attribute.charAt(i);
      if (c == '&') {
        int end = attribute.indexOf(';', i);
        if (end < 0) {
          throw new BadHtml("Character entity expected in an attribute at byte offset " + offset);
        }
        out.append(entity(attribute.substring(i + 1, end), offset));
        i = end + 1;
      } else if (c == '<') {
        throw new BadHtml("Unexpected < in an attribute at byte offset " + offset);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static String entity(String name, int offset) {
    return switch (name) {
      case "lt" -> "<";
      case "gt" -> ">";
      case "amp" -> "&";
      case "quot" -> "\"";
      default -> {
        if (name.matches("#[0-9]{1,7}")) {
          yield Character.toString(Integer.parseInt(name.substring(1)));
        }
        if (name.matches("#x[0-9a-fA-F]{1,6}")) {
          yield Character.toString(Integer.parseInt(name.substring(2), 16));
        }
        throw new BadHtml("Unsupported entity \"&" + name + ";\" at byte offset " + offset);
      }
    };
  }
}
