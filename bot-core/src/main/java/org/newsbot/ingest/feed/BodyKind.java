package org.newsbot.ingest.feed;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a response body is, recognised from its first bytes, with the Content-Type as a hint. */
public enum BodyKind {
  XML_FEED, JSON_FEED, HTML, OTHER;

  private static final Pattern SKIPPABLE = Pattern.compile(
      "\\A(?:\\s+|<\\?[^>]*\\?>|<!--.*?-->|<!DOCTYPE\\s+(?!html)[^>\\[]*(?:\\[.*?\\])?\\s*>)", Pattern.DOTALL
          | Pattern.CASE_INSENSITIVE);
  private static final Pattern ROOT = Pattern.compile("\\A<([A-Za-z_][\\w.:-]*)");

  public static BodyKind sniff(byte[] body, String contentType) {
    String head = head(body);
    while (true) {
      Matcher skip = SKIPPABLE.matcher(head);
      if (!skip.lookingAt() || skip.end() == 0) {
        break;
      }
      head = head.substring(skip.end());
    }
    if (head.startsWith("{")) {
      return JSON_FEED;
    }
    String lower = head.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<!doctype html")) {
      return HTML;
    }
    Matcher root = ROOT.matcher(head);
    if (root.lookingAt()) {
      String name = root.group(1).toLowerCase(Locale.ROOT);
      String local = name.substring(name.indexOf(':') + 1);
      if (local.equals("rss") || local.equals("rdf") || local.equals("feed") || local.equals("channel")) {
        return XML_FEED;
      }
      if (local.equals("html") || local.equals("head") || local.equals("body")) {
        return HTML;
      }
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.contains("html")) {
      return HTML;
    }
    if (type.contains("xml") || type.contains("rss") || type.contains("atom")) {
      return XML_FEED;
    }
    if (type.contains("json")) {
      return JSON_FEED;
    }
    if (head.startsWith("<")) {
      return lower.matches("(?s)\\A<(p|div|title|meta|a|span|h[1-6])\\b.*") ? HTML : XML_FEED;
    }
    return OTHER;
  }

  /** The first few kilobytes as text, decoding UTF-16 by its byte-order mark and anything else byte by byte. */
  private static String head(byte[] body) {
    int length = Math.min(body.length, 4096);
    if (length >= 2 && ((body[0] == (byte) 0xfe && body[1] == (byte) 0xff))) {
      return new String(body, 2, length - 2, StandardCharsets.UTF_16BE);
    }
    if (length >= 2 && ((body[0] == (byte) 0xff && body[1] == (byte) 0xfe))) {
      return new String(body, 2, length - 2, StandardCharsets.UTF_16LE);
    }
    int from = length >= 3 && body[0] == (byte) 0xef && body[1] == (byte) 0xbb && body[2] == (byte) 0xbf ? 3 : 0;
    return new String(body, from, length - from, StandardCharsets.ISO_8859_1);
  }
}
