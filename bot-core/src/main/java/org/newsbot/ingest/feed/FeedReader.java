package org.newsbot.ingest.feed;

import java.net.URI;
import java.nio.charset.Charset;

/**
 * Reads RSS 0.9x/1.0/2.0, Atom 0.3/1.0, CDF and JSON Feed 1.0/1.1 bodies into entries. XML is read
 * without DTDs or entities: a DOCTYPE that declares entities is refused, a bare one is ignored.
 * Entry text is the feed's own, as plain text: no boilerplate rule ever removes any of it.
 */
public final class FeedReader {
  private FeedReader() {}

  /**
   * @param body the decompressed body
   * @param contentType the Content-Type header, or null
   * @param charset the charset the header names, or null
   * @param base the feed's address, for relative links
   */
  public static ParsedFeed read(byte[] body, String contentType, Charset charset, URI base)
      throws FeedFormatException {
    return switch (BodyKind.sniff(body, contentType)) {
      case XML_FEED -> XmlFeeds.read(body, charset, base);
      case JSON_FEED -> JsonFeeds.read(body, charset, base);
      case HTML -> throw new FeedFormatException("an HTML page, not a feed");
      case OTHER -> throw new FeedFormatException("neither a feed nor a web page"
          + (contentType == null ? "" : " (Content-Type " + contentType + ")"));
    };
  }
}
