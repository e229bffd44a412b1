package org.newsbot.ingest.web;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A successful response (2xx, or 304 for a conditional request): where it came from after
 * redirects, its headers (names in lower case) and its decompressed body.
 */
public record FetchResponse(URI url, int status, Map<String, List<String>> headers, byte[] body) {
  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");
  private static final Pattern MAX_AGE = Pattern.compile("(?i)(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d{1,10})");

  public FetchResponse {
    headers = Map.copyOf(headers);
  }

  public boolean notModified() {
    return status == 304;
  }

  /** The first value of a header, or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.getFirst();
  }

  public String contentType() {
    return header("content-type");
  }

  /** The charset the Content-Type header names, or null when it names none or an unknown one. */
  public Charset charset() {
    String type = contentType();
    if (type == null) {
      return null;
    }
    Matcher matcher = CHARSET.matcher(type);
    if (!matcher.find()) {
      return null;
    }
    try {
      return Charset.forName(matcher.group(1));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  public String etag() {
    return header("etag");
  }

  public String lastModified() {
    return header("last-modified");
  }

  /** Cache-Control max-age, or null when there is none. */
  public Duration maxAge() {
    String cacheControl = header("cache-control");
    if (cacheControl == null) {
      return null;
    }
    Matcher matcher = MAX_AGE.matcher(cacheControl);
    return matcher.find() ? Duration.ofSeconds(Long.parseLong(matcher.group(1))) : null;
  }
}
