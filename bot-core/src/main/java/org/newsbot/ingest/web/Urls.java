package org.newsbot.ingest.web;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Parses web addresses as people and feeds write them. */
public final class Urls {
  private static final String UNSAFE = " \"<>\\^`{|}[]";

  private Urls() {}

  /**
   * An absolute http or https URI from text, with spaces and non-ASCII characters escaped.
   *
   * @throws IllegalArgumentException with a readable reason when the text is no such address
   */
  public static URI parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("no address given");
    }
    URI uri;
    try {
      uri = new URI(escape(text.strip()));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a web address: " + text.strip());
    }
    return checkWeb(uri, text);
  }

  /** {@code reference} resolved against {@code base}, or null when it is no usable address. */
  public static URI resolve(URI base, String reference) {
    if (reference == null || reference.isBlank()) {
      return null;
    }
    try {
      URI ref = new URI(escape(reference.strip()));
      URI resolved = base == null ? ref : base.resolve(ref);
      return checkWeb(resolved, reference);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static URI checkWeb(URI uri, String text) {
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalArgumentException("not an http or https address: " + text.strip());
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new IllegalArgumentException("no host in the address: " + text.strip());
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("addresses with a user name or password are not accepted");
    }
    return uri;
  }

  /** Percent-encodes what a URI may not hold as it is: spaces, controls, non-ASCII, and a few marks. */
  static String escape(String text) {
    StringBuilder out = null;
    int hostStart = text.indexOf("://");
    int hostEnd = hostStart < 0 ? -1 : indexOfAny(text, "/?#", hostStart + 3);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean inHost = hostStart >= 0 && i >= hostStart + 3 && (hostEnd < 0 || i < hostEnd);
      boolean unsafe = c <= 0x20 || c >= 0x7f || UNSAFE.indexOf(c) >= 0;
      if (!unsafe || inHost) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
      for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
      i = end - 1;
    }
    String escaped = out == null ? text : out.toString();
    if (hostStart >= 0) {
      int end = hostEnd < 0 ? escaped.length() : indexOfAny(escaped, "/?#", hostStart + 3);
      String host = escaped.substring(hostStart + 3, end < 0 ? escaped.length() : end);
      if (!host.chars().allMatch(ch -> ch < 0x80)) {
        try {
          escaped = escaped.substring(0, hostStart + 3) + IDN.toASCII(host)
              + (end < 0 ? "" : escaped.substring(end));
        } catch (IllegalArgumentException e) {
          // leave it: the URI parser reports the bad host
        }
      }
    }
    return escaped;
  }

  private static int indexOfAny(String text, String chars, int from) {
    for (int i = from; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
