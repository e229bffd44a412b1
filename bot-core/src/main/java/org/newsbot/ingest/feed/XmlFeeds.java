package org.newsbot.ingest.feed;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.newsbot.ingest.DateReader;
import org.newsbot.ingest.Mojibake;
import org.newsbot.ingest.feed.FeedVocabulary.Role;
import org.newsbot.ingest.feed.FeedVocabulary.TextType;
import org.newsbot.ingest.feed.XmlTree.Element;
import org.newsbot.ingest.web.BodyCharset;
import org.newsbot.ingest.web.Urls;

/**
 * RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and CDF. Elements are read by what they mean (elements.tsv), in
 * any namespace prefix and any letter case, with feedparser's precedence where several say the
 * same thing: the first title at the shallowest level, the last link, author and date of each
 * kind, the first summary, and a second summary as the content when there is no content.
 */
final class XmlFeeds {
  private XmlFeeds() {}

  static ParsedFeed read(byte[] body, Charset headerCharset, URI base) throws FeedFormatException {
    Element root = XmlTree.parse(BodyCharset.decode(body, headerCharset), base);
    String format = format(root);
    boolean atom = format.startsWith("atom");
    Fields feed = new Fields();
    List<Element> items = new ArrayList<>();
    collect(root, feed, items);
    List<FeedEntry> entries = new ArrayList<>();
    for (Element item : items) {
      Fields fields = new Fields();
      fields.cdf(item);
      collect(item, fields, null);
      entries.add(fields.entry(item, atom));
    }
    return new ParsedFeed(feed.title(atom), format, feed.ttl, entries);
  }

  private static String format(Element root) throws FeedFormatException {
    String key = FeedVocabulary.key(root);
    switch (key) {
      case "rss" -> {
        String version = root.attribute("version") == null ? "" : root.attribute("version").strip();
        if (version.startsWith("2.")) {
          return "rss_2.0";
        }
        return version.matches("0\\.9\\d") ? "rss_" + version : "rss";
      }
      case "rdf:rdf" -> {
        for (Element child : root.elements()) {
          if (child.namespace().equals("http://my.netscape.com/rdf/simple/0.9/")) {
            return "rss_0.90";
          }
        }
        return "rss_1.0";
      }
      case "feed" -> {
        if (root.namespace().equals("http://www.w3.org/2005/atom")) {
          return "atom_1.0";
        }
        String version = root.attribute("version");
        return version != null && version.strip().matches("0\\.[1-3]") ? "atom_" + version.strip() : "atom";
      }
      case "channel" -> {
        return "cdf";
      }
      default -> throw new FeedFormatException("XML, but not RSS, Atom or CDF (the root element is <"
          + root.qualifiedName() + ">)");
    }
  }

  /**
   * Gathers what the elements under {@code context} say into {@code fields}, and the entries found
   * into {@code entries} (null inside an entry). Text constructs, people and links are leaves;
   * images, text inputs and sources are passed over; anything else is looked into.
   */
  private static void collect(Element context, Fields fields, List<Element> entries) {
    Deque<Element> pending = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    List<Element> children = context.elements();
    for (int i = children.size() - 1; i >= 0; i--) {
      pending.push(children.get(i));
      depths.push(1);
    }
    while (!pending.isEmpty()) {
      Element element = pending.pop();
      int depth = depths.pop();
      FeedVocabulary.Meaning meaning = FeedVocabulary.meaning(element);
      Role role = meaning == null ? null : meaning.role();
      if (role == null) {
        if (FeedVocabulary.core(element) && element.name().equals("ttl")) {
          fields.ttl(element.text());
        }
        List<Element> inner = element.elements();
        for (int i = inner.size() - 1; i >= 0; i--) {
          pending.push(inner.get(i));
          depths.push(depth + 1);
        }
        continue;
      }
      switch (role) {
        case ENTRY -> {
          if (entries != null) {
            entries.add(element);
          }
        }
        case SKIP -> { }
        default -> fields.add(role, meaning.type(), element, depth);
      }
    }
  }

  /** What one feed or entry says, element by element, and the precedence that picks among them. */
  private static final class Fields {
    private Found title;
    private Found mediaTitle;
    private String link;
    private String alternate;
    private String guidLink;
    private String guid;
    private Found author;
    private String published;
    private String updated;
    private String created;
    private Element summary;
    private TextType summaryType;
    private Element content;
    private TextType contentType;
    private Duration ttl;
    private boolean atom;

    private record Found(Element element, TextType type, int depth) {}

    /** CDF puts an item's address and date in its attributes. */
    void cdf(Element item) {
      String href = item.attribute("href");
      if (href != null && !href.isBlank()) {
        link = resolve(item, href);
      }
      String lastmod = item.attribute("lastmod");
      if (lastmod != null && !lastmod.isBlank()) {
        updated = lastmod;
      }
    }

    void add(Role role, TextType type, Element element, int depth) {
      switch (role) {
        case TITLE -> {
          boolean hasText = !element.text().isBlank() || !element.elements().isEmpty();
          if (title == null || (hasText && (title.element.text().isBlank() && title.element.elements().isEmpty()
              || depth < title.depth))) {
            title = new Found(element, type, depth);
          }
        }
        case MEDIA_TITLE -> {
          if (mediaTitle == null) {
            mediaTitle = new Found(element, type, depth);
          }
        }
        case LINK -> link(element);
        case GUID -> {
          String value = element.text().strip();
          if (!value.isEmpty()) {
            guid = value;
            String permalink = element.attribute("ispermalink");
            if ((permalink == null || !permalink.strip().equalsIgnoreCase("false"))
                && value.toLowerCase(Locale.ROOT).matches("https?://.+")) {
              guidLink = resolve(element, value);
            }
          }
        }
        case AUTHOR -> {
          if (author == null || depth <= author.depth) {
            author = new Found(element, type, depth);
          }
        }
        case PUBLISHED -> published = element.text();
        case UPDATED -> updated = element.text();
        case CREATED -> created = element.text();
        case SUMMARY -> {
          if (summary == null) {
            summary = element;
            summaryType = type;
          } else if (content == null) {
            content = element;
            contentType = type;
          }
        }
        case CONTENT -> {
          if (content == null) {
            content = element;
            contentType = type;
          }
        }
        default -> { }
      }
    }

    private void link(Element element) {
      String href = element.attribute("href");
      if (href == null) {
        href = element.attribute("url");
      }
      if (href == null) {
        href = element.attribute("uri");
      }
      if (href == null) {
        String text = element.text().strip();
        if (!text.isEmpty()) {
          link = resolve(element, text);
        }
        return;
      }
      String rel = element.attribute("rel") == null ? "alternate" : element.attribute("rel").strip().toLowerCase(Locale.ROOT);
      String type = element.attribute("type") == null ? "text/html" : element.attribute("type").strip().toLowerCase(Locale.ROOT);
      String resolved = resolve(element, href.strip());
      if (resolved == null || !rel.equals("alternate")) {
        return;
      }
      if (type.equals("text/html") || type.equals("application/xhtml+xml") || type.equals("html")) {
        link = resolved;
      } else if (alternate == null) {
        alternate = resolved;
      }
    }

    void ttl(String text) {
      try {
        long minutes = Long.parseLong(text.strip());
        if (minutes > 0) {
          ttl = Duration.ofMinutes(minutes);
        }
      } catch (NumberFormatException e) {
        // a ttl that is no number says nothing
      }
    }

    String title(boolean atomFeed) {
      Found chosen = title != null && (!title.element.text().isBlank() || !title.element.elements().isEmpty())
          ? title : mediaTitle != null ? mediaTitle : title;
      if (chosen == null) {
        return null;
      }
      return Mojibake.repair(FeedText.decode(chosen.element, chosen.type, atomFeed).asLine());
    }

    FeedEntry entry(Element item, boolean atomFeed) {
      this.atom = atomFeed;
      String entryTitle = title(atomFeed);
      String url = link != null ? link : alternate != null ? alternate : guidLink;
      String id = guid;
      if (id == null) {
        String about = item.attribute("rdf:about") != null ? item.attribute("rdf:about") : null;
        id = about == null || about.isBlank() ? null : about.strip();
      }
      return new FeedEntry(id, url == null ? null : Urls.parse(url), entryTitle, author(), date(), text());
    }

    private Instant date() {
      for (String value : new String[] {published, updated, created}) {
        OffsetDateTime date = DateReader.read(value);
        if (date != null) {
          return date.toInstant();
        }
      }
      return null;
    }

    /** The fuller of the content and the summary, as plain paragraphs. */
    private String text() {
      String full = content == null ? "" : FeedText.decode(content, contentType, atom).asText();
      String brief = summary == null ? "" : FeedText.decode(summary, summaryType, atom).asText();
      return Mojibake.repair(brief.length() > full.length() ? brief : full);
    }

    private String author() {
      if (author == null) {
        return null;
      }
      String name = null;
      String email = null;
      for (Element part : author.element.elements()) {
        String value = part.text().strip();
        if (part.name().equals("name") && !value.isEmpty()) {
          name = value;
        } else if (part.name().equals("email") && !value.isEmpty()) {
          email = value;
        }
      }
      String byline = name != null ? name : email != null ? email : People.name(author.element.text());
      if (byline == null || byline.isBlank()) {
        return null;
      }
      byline = Mojibake.repair(byline.replaceAll("\\s+", " ").strip());
      return byline.length() <= 200 ? byline : byline.substring(0, 200);
    }
  }

  private static String resolve(Element element, String href) {
    URI resolved = Urls.resolve(element.base(), href.strip());
    return resolved == null ? null : resolved.toString();
  }
}
