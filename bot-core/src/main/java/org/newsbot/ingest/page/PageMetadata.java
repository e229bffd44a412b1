package org.newsbot.ingest.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsbot.ingest.DateReader;
import org.newsbot.ingest.HtmlText;
import org.newsbot.ingest.web.Urls;

/** What a page's head (meta tags, links, JSON-LD) says about the article. Read before readability changes the tree. */
record PageMetadata(String title, String byline, Instant published, URI canonical, String siteName,
    String language, boolean articleType) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> DATE_SELECTORS = List.of(
      "meta[property=article:published_time]", "meta[name=article:published_time]",
      "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
      "meta[name=parsely-pub-date]", "meta[name=sailthru.date]", "meta[name=dc.date.issued]",
      "meta[name=dcterms.created]", "meta[name=dc.date]", "meta[name=date]",
      "meta[property=og:published_time]");

  static PageMetadata read(Document document, URI url) {
    JsonNode ld = jsonLd(document);
    String title = firstContent(document, "meta[property=og:title]", "meta[name=twitter:title]");
    if (title == null && ld != null) {
      title = HtmlText.inline(text(ld, "headline"));
    }
    String byline = ld == null ? null : Bylines.clean(author(ld.get("author")));
    if (byline == null) {
      byline = Bylines.clean(firstContent(document, "meta[name=author]", "meta[property=article:author]",
          "meta[name=byl]", "meta[name=dc.creator]"));
    }
    Instant published = null;
    for (String selector : DATE_SELECTORS) {
      published = date(firstContent(document, selector));
      if (published != null) {
        break;
      }
    }
    if (published == null && ld != null) {
      published = date(text(ld, "datePublished"));
    }
    if (published == null) {
      Element time = document.selectFirst("article time[datetime], time[pubdate][datetime], time[itemprop=datePublished][datetime]");
      published = time == null ? null : date(time.attr("datetime"));
    }
    URI canonical = null;
    Element link = document.selectFirst("link[rel~=(?i)^canonical$][href]");
    if (link != null) {
      canonical = Urls.resolve(url, link.attr("href"));
    }
    if (canonical == null) {
      canonical = Urls.resolve(url, firstContent(document, "meta[property=og:url]"));
    }
    String siteName = HtmlText.inline(firstContent(document, "meta[property=og:site_name]"));
    String type = firstContent(document, "meta[property=og:type]");
    boolean articleType = (type != null && type.toLowerCase(Locale.ROOT).contains("article"))
        || (ld != null && text(ld, "@type") != null && text(ld, "@type").toLowerCase(Locale.ROOT).contains("article"));
    Element html = document.selectFirst("html[lang]");
    String language = html == null ? null : html.attr("lang").strip().toLowerCase(Locale.ROOT);
    if (language != null && language.contains("-")) {
      language = language.substring(0, language.indexOf('-'));
    }
    return new PageMetadata(HtmlText.inline(title), byline, published, canonical, siteName,
        language == null || language.isEmpty() || language.length() > 8 ? null : language, articleType);
  }

  private static String firstContent(Document document, String... selectors) {
    for (String selector : selectors) {
      Element element = document.selectFirst(selector);
      if (element != null) {
        String content = element.attr("content").strip();
        if (!content.isEmpty()) {
          return content;
        }
      }
    }
    return null;
  }

  /** The first JSON-LD object that describes an article, or the first object at all. */
  private static JsonNode jsonLd(Document document) {
    JsonNode first = null;
    for (Element script : document.select("script[type=application/ld+json]")) {
      try {
        JsonNode node = JSON.readTree(script.data());
        for (JsonNode candidate : candidates(node)) {
          String type = text(candidate, "@type");
          if (type != null && (type.contains("Article") || type.contains("Posting") || type.contains("Report"))) {
            return candidate;
          }
          if (first == null && candidate.isObject()) {
            first = candidate;
          }
        }
      } catch (java.io.IOException | RuntimeException e) {
        // broken JSON-LD is common; the meta tags still count
      }
    }
    return first;
  }

  private static List<JsonNode> candidates(JsonNode node) {
    if (node == null) {
      return List.of();
    }
    if (node.isArray()) {
      java.util.ArrayList<JsonNode> all = new java.util.ArrayList<>();
      node.forEach(all::add);
      return all;
    }
    JsonNode graph = node.get("@graph");
    if (graph != null && graph.isArray()) {
      java.util.ArrayList<JsonNode> all = new java.util.ArrayList<>();
      graph.forEach(all::add);
      return all;
    }
    return List.of(node);
  }

  private static String author(JsonNode author) {
    if (author == null) {
      return null;
    }
    if (author.isTextual()) {
      return author.asText();
    }
    if (author.isArray()) {
      for (JsonNode one : author) {
        String name = author(one);
        if (name != null) {
          return name;
        }
      }
      return null;
    }
    return text(author, "name");
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isArray()) {
      return value.isEmpty() ? null : value.get(0).asText();
    }
    return value.isContainerNode() ? null : value.asText();
  }

  /** A date as pages write them, read by the one date reader. */
  static Instant date(String value) {
    OffsetDateTime date = DateReader.read(value);
    return date == null ? null : date.toInstant();
  }
}
