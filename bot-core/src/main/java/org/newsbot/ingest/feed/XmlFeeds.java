package org.newsbot.ingest.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbot.ingest.Boilerplate;
import org.newsbot.ingest.HtmlText;
import org.newsbot.ingest.web.Urls;

/** RSS and Atom through Rome, with the DOCTYPE handled before the XML parser sees it. */
final class XmlFeeds {
  private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ROOT_START = Pattern.compile("<(?![?!])");

  private XmlFeeds() {}

  static ParsedFeed read(byte[] body, String contentType, URI base) throws FeedFormatException {
    String xml = decode(body, contentType);
    xml = withoutDoctype(xml);
    SyndFeedInput input = new SyndFeedInput();
    input.setPreserveWireFeed(true);
    input.setXmlHealerOn(true);
    SyndFeed feed;
    try {
      feed = input.build(new StringReader(xml));
    } catch (ParsingFeedException e) {
      String where = e.getLineNumber() > 0 ? " at line " + e.getLineNumber() + ", column " + e.getColumnNumber() : "";
      throw new FeedFormatException("malformed XML" + where + ": " + rootMessage(e));
    } catch (FeedException e) {
      throw new FeedFormatException("not a readable feed: " + rootMessage(e));
    } catch (IllegalArgumentException e) {
      throw new FeedFormatException("XML, but not RSS or Atom" + rootElement(xml));
    }
    List<FeedEntry> entries = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      entries.add(entry(entry, base));
    }
    return new ParsedFeed(HtmlText.inline(feed.getTitle()), feed.getFeedType(), ttl(feed), entries);
  }

  private static String decode(byte[] body, String contentType) throws FeedFormatException {
    try (Reader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
      StringBuilder out = new StringBuilder(body.length);
      char[] buffer = new char[8192];
      int n;
      while ((n = reader.read(buffer)) >= 0) {
        out.append(buffer, 0, n);
      }
      return out.toString();
    } catch (IOException e) {
      throw new FeedFormatException("cannot decode the feed's characters: " + e.getMessage());
    }
  }

  /**
   * The XML without its DOCTYPE. A bare DOCTYPE (RSS 0.91 carries one) only names a DTD, which is
   * never fetched, so it goes; one with an internal subset declares entities and is refused.
   */
  static String withoutDoctype(String xml) throws FeedFormatException {
    int rootAt = rootStart(xml);
    Matcher doctype = DOCTYPE.matcher(xml).region(0, rootAt < 0 ? xml.length() : rootAt);
    if (!doctype.find()) {
      return xml;
    }
    int end = xml.indexOf('>', doctype.start());
    int bracket = xml.indexOf('[', doctype.start());
    if (end < 0 || (bracket >= 0 && bracket < end)) {
      throw new FeedFormatException("refused: the XML declares a DOCTYPE with entities (DTDs and"
          + " entities are never read, which rules out XXE and entity bombs)");
    }
    return xml.substring(0, doctype.start()) + xml.substring(end + 1);
  }

  /** Where the root element starts: the first tag that is no declaration, instruction or comment. */
  private static int rootStart(String xml) {
    Matcher root = ROOT_START.matcher(xml);
    int from = 0;
    while (root.find(from)) {
      int at = root.start();
      if (!insideComment(xml, at)) {
        return at;
      }
      from = at + 1;
    }
    return -1;
  }

  private static boolean insideComment(String xml, int at) {
    int open = xml.lastIndexOf("<!--", at);
    return open >= 0 && xml.indexOf("-->", open) > at;
  }

  private static String rootElement(String xml) {
    Matcher matcher = Pattern.compile("<([A-Za-z_][\\w.:-]*)").matcher(xml);
    while (matcher.find()) {
      if (!insideComment(xml, matcher.start())) {
        return " (the root element is <" + matcher.group(1) + ">)";
      }
    }
    return "";
  }

  private static Duration ttl(SyndFeed feed) {
    WireFeed wire = feed.originalWireFeed();
    if (wire instanceof Channel channel && channel.getTtl() > 0) {
      return Duration.ofMinutes(channel.getTtl());
    }
    return null;
  }

  private static FeedEntry entry(SyndEntry entry, URI base) {
    String title = HtmlText.inline(entry.getTitle());
    URI link = link(entry, base);
    String text = text(entry);
    String cleaned = Boilerplate.clean(title, text);
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    String guid = entry.getUri() == null || entry.getUri().isBlank() ? null : entry.getUri().strip();
    return new FeedEntry(guid, link, title, author(entry), date == null ? null : date.toInstant(), cleaned);
  }

  private static URI link(SyndEntry entry, URI base) {
    URI link = Urls.resolve(base, entry.getLink());
    if (link == null && entry.getLinks() != null) {
      for (SyndLink candidate : entry.getLinks()) {
        String rel = candidate.getRel();
        if (rel == null || rel.equals("alternate")) {
          link = Urls.resolve(base, candidate.getHref());
          if (link != null) {
            break;
          }
        }
      }
    }
    if (link == null && entry.getUri() != null && entry.getUri().toLowerCase(Locale.ROOT).startsWith("http")) {
      link = Urls.resolve(base, entry.getUri());
    }
    return link;
  }

  /** The fuller of the entry's content and its description, as plain paragraphs. */
  private static String text(SyndEntry entry) {
    String best = "";
    if (entry.getContents() != null) {
      for (SyndContent content : entry.getContents()) {
        String text = plain(content);
        if (text.length() > best.length()) {
          best = text;
        }
      }
    }
    String description = plain(entry.getDescription());
    return description.length() > best.length() ? description : best;
  }

  private static String plain(SyndContent content) {
    if (content == null || content.getValue() == null) {
      return "";
    }
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    if (type.equals("text") || type.equals("text/plain")) {
      return content.getValue().strip();
    }
    return HtmlText.toText(content.getValue());
  }

  private static String author(SyndEntry entry) {
    String author = HtmlText.inline(entry.getAuthor());
    if (author == null && entry.getAuthors() != null) {
      for (SyndPerson person : entry.getAuthors()) {
        author = HtmlText.inline(person.getName());
        if (author != null) {
          break;
        }
      }
    }
    return author == null || author.length() <= 200 ? author : author.substring(0, 200);
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return message.length() > 300 ? message.substring(0, 297) + "..." : message;
  }
}
