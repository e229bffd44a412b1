package org.newsbot.article;

import java.net.URI;

/** Names an article's origin for readers when no outlet is known. */
public final class Origins {
  private Origins() {}

  /** The outlet when known; otherwise the file name of a {@code file:} URL or the host of a web URL. */
  public static String describe(String outlet, String url) {
    if (outlet != null && !outlet.isBlank()) {
      return outlet;
    }
    try {
      URI uri = URI.create(url);
      if ("file".equals(uri.getScheme())) {
        String path = uri.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
      }
      if (uri.getHost() != null) {
        return uri.getHost().startsWith("www.") ? uri.getHost().substring(4) : uri.getHost();
      }
    } catch (IllegalArgumentException e) {
      // not a URI: fall through and show it as it is
    }
    return url;
  }
}
