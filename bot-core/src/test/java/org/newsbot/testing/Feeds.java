package org.newsbot.testing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Feeds, article pages and news-like text for tests and the ingest benchmark. */
public final class Feeds {
  private static final String[] ADJECTIVES = {"regional", "national", "local", "emergency", "coastal",
      "northern", "federal", "municipal", "independent", "provisional", "senior", "former", "new"};
  private static final String[] NOUNS = {"council", "ministry", "court", "parliament", "union", "hospital",
      "port authority", "police", "university", "committee", "company", "airline", "bank", "agency"};
  private static final String[] VERBS = {"announced", "rejected", "approved", "delayed", "reviewed",
      "criticised", "confirmed", "extended", "suspended", "published", "investigated", "welcomed"};
  private static final String[] OBJECTS = {"a new budget", "the flood defences", "the pension reform",
      "an emergency plan", "the rail strike", "the trade agreement", "the election results",
      "a vaccination programme", "the water supply contract", "the housing project", "the tax proposal"};
  private static final String[] PLACES = {"Lisbon", "Tallinn", "Valparaiso", "Osaka", "Nairobi", "Gdansk",
      "Halifax", "Cork", "Brno", "Tampere", "Ljubljana", "Mombasa", "Hobart", "Quito"};
  private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private Feeds() {}

  /** A feed item. {@code html} is the item's text or HTML. */
  public record Item(String guid, String link, String title, String author, Instant published, String html) {}

  /** Paragraphs of news-like prose, the same for the same seed. */
  public static List<String> paragraphs(long seed, int count) {
    Random random = new Random(seed);
    List<String> paragraphs = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      StringBuilder paragraph = new StringBuilder();
      int sentences = 3 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          paragraph.append(' ');
        }
        paragraph.append("The ").append(pick(random, ADJECTIVES)).append(' ').append(pick(random, NOUNS))
            .append(" in ").append(pick(random, PLACES)).append(' ').append(pick(random, VERBS)).append(' ')
            .append(pick(random, OBJECTS)).append(" on ").append(1 + random.nextInt(28)).append(" March, ")
            .append(random.nextBoolean() ? "officials said" : "according to a statement from the "
                + pick(random, NOUNS))
            .append(", adding that ").append(10 + random.nextInt(990)).append(" people were affected.");
      }
      paragraphs.add(paragraph.toString());
    }
    return paragraphs;
  }

  private static String pick(Random random, String[] words) {
    return words[random.nextInt(words.length)];
  }

  public static String html(List<String> paragraphs) {
    StringBuilder html = new StringBuilder();
    for (String paragraph : paragraphs) {
      html.append("<p>").append(escape(paragraph)).append("</p>\n");
    }
    return html.toString();
  }

  public static String rss2(String title, String link, List<Item> items) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>")
        .append("<title>").append(escape(title)).append("</title><link>").append(escape(link))
        .append("</link><description>test feed</description>\n");
    for (Item item : items) {
      xml.append("<item><title>").append(escape(item.title())).append("</title>");
      if (item.link() != null) {
        xml.append("<link>").append(escape(item.link())).append("</link>");
      }
      if (item.guid() != null) {
        xml.append("<guid isPermaLink=\"false\">").append(escape(item.guid())).append("</guid>");
      }
      if (item.author() != null) {
        xml.append("<dc:creator>").append(escape(item.author())).append("</dc:creator>");
      }
      if (item.published() != null) {
        xml.append("<pubDate>").append(RFC_822.format(item.published())).append("</pubDate>");
      }
      xml.append("<description>").append(escape(item.html())).append("</description></item>\n");
    }
    return xml.append("</channel></rss>\n").toString();
  }

  public static String atom(String title, List<Item> items) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>").append(escape(title))
        .append("</title><id>urn:test:feed</id><updated>2024-04-02T10:00:00Z</updated>\n");
    for (Item item : items) {
      xml.append("<entry><title>").append(escape(item.title())).append("</title><id>")
          .append(escape(item.guid())).append("</id>");
      if (item.link() != null) {
        xml.append("<link rel=\"alternate\" href=\"").append(escape(item.link())).append("\"/>");
      }
      if (item.published() != null) {
        xml.append("<published>").append(item.published()).append("</published><updated>")
            .append(item.published()).append("</updated>");
      }
      if (item.author() != null) {
        xml.append("<author><name>").append(escape(item.author())).append("</name></author>");
      }
      xml.append("<content type=\"html\">").append(escape(item.html())).append("</content></entry>\n");
    }
    return xml.append("</feed>\n").toString();
  }

  public static String jsonFeed(String title, List<Item> items) {
    StringBuilder json = new StringBuilder("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": ")
        .append(quote(title)).append(", \"items\": [");
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      json.append(i > 0 ? ",\n" : "\n").append("{\"id\": ").append(quote(item.guid()))
          .append(", \"url\": ").append(quote(item.link())).append(", \"title\": ").append(quote(item.title()))
          .append(", \"content_html\": ").append(quote(item.html()));
      if (item.published() != null) {
        json.append(", \"date_published\": ").append(quote(item.published().toString()));
      }
      if (item.author() != null) {
        json.append(", \"authors\": [{\"name\": ").append(quote(item.author())).append("}]");
      }
      json.append('}');
    }
    return json.append("]}\n").toString();
  }

  /**
   * A news article page as sites serve them: navigation, a "most read" box, an advert, the article
   * with a byline and date, comments, and a footer; plus the feed link and a canonical address.
   */
  public static String articlePage(String title, String byline, Instant published, List<String> paragraphs,
      String canonical, String feedLink) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>").append(escape(title)).append(" | The Daily Test</title>")
        .append("<meta property=\"og:type\" content=\"article\">")
        .append("<meta property=\"og:site_name\" content=\"The Daily Test\">");
    if (canonical != null) {
      html.append("<link rel=\"canonical\" href=\"").append(escape(canonical)).append("\">");
    }
    if (feedLink != null) {
      html.append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"News\" href=\"")
          .append(escape(feedLink)).append("\">");
    }
    if (published != null) {
      html.append("<meta property=\"article:published_time\" content=\"").append(published).append("\">");
    }
    if (byline != null) {
      html.append("<meta name=\"author\" content=\"").append(escape(byline)).append("\">");
    }
    html.append("</head><body><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>"
        + "<li><a href=\"/sport\">Sport</a></li></ul></nav>"
        + "<aside class=\"most-read\"><h3>Most read</h3><ul><li><a href=\"/x\">Celebrity chef opens"
        + " a restaurant on the moon</a></li><li><a href=\"/y\">Ten tips for a better garden</a></li></ul></aside>"
        + "<div class=\"ad\">ADVERTISEMENT: Buy the amazing SuperWidget today, 50% off!</div>"
        + "<main><article><h1>").append(escape(title)).append("</h1>");
    if (byline != null) {
      html.append("<p class=\"byline\">By ").append(escape(byline)).append("</p>");
    }
    html.append(html(paragraphs))
        .append("</article><section class=\"comments\"><h3>Comments</h3><p>great article!!!</p></section></main>"
            + "<footer><p>Copyright The Daily Test. All rights reserved. Privacy policy.</p></footer>"
            + "</body></html>");
    return html.toString();
  }

  public static String escape(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  public static String quote(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
