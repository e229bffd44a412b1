package org.newsbot.ingest.page;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsbot.ingest.Boilerplate;
import org.newsbot.ingest.HtmlText;
import org.newsbot.ingest.web.BodyCharset;
import org.newsbot.ingest.web.Urls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts an article from an HTML page: metadata from the head (and JSON-LD), then the main text
 * with readability4j, falling back to the page's paragraphs when readability finds nothing.
 */
public final class PageExtractor {
  private static final Logger log = LoggerFactory.getLogger(PageExtractor.class);
  /** Readability walks the whole tree many times; beyond this many elements it is not tried. */
  private static final int MAX_ELEMENTS = 40_000;
  private static final int ARTICLE_MIN_CHARS = 400;
  private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
      "application/feed+json", "application/rdf+xml", "application/x.atom+xml", "application/x-atom+xml");

  private static final String SEPARATOR = "[|\\-\u2013\u2014:\u00b7\u00bb]";
  private static final Pattern SEPARATED = Pattern.compile("\\s*" + SEPARATOR + "\\s.*");

  private PageExtractor() {}

  /**
   * @param body the decompressed page
   * @param charset the charset the Content-Type header names, or null; used when the bytes are valid in it
   * @param url the page's address after redirects
   */
  public static ExtractedPage extract(byte[] body, Charset charset, URI url) {
    String html = BodyCharset.decode(body, charset);
    Document document = Jsoup.parse(html, url.toString());
    PageMetadata metadata = PageMetadata.read(document, url);
    List<URI> feeds = feedLinks(document, url);
    boolean hasArticleElement = !document.select("article").isEmpty();
    List<String> headings = document.select("h1").eachText();
    String title = metadata.title();
    String byline = metadata.byline();
    String text = "";
    try {
      if (document.getAllElements().size() <= MAX_ELEMENTS) {
        Article article = new Readability4JExtended(url.toString(), document).parse();
        if (article.getArticleContent() != null) {
          text = HtmlText.fromElement(article.getArticleContent());
        }
        if (title == null) {
          title = HtmlText.inline(article.getTitle());
        }
        if (byline == null) {
          byline = Bylines.clean(article.getByline());
        }
      }
    } catch (RuntimeException e) {
      log.debug("readability failed on {}; using the page's paragraphs", url, e);
    }
    if (text.length() < ARTICLE_MIN_CHARS) {
      String paragraphs = paragraphs(Jsoup.parse(html, url.toString()));
      if (paragraphs.length() > text.length()) {
        text = paragraphs;
      }
    }
    if (title == null) {
      title = HtmlText.inline(document.title());
    }
    title = withoutSiteName(title, metadata.siteName(), headings);
    text = Boilerplate.clean(title, text);
    boolean article = text.length() >= ARTICLE_MIN_CHARS
        && (metadata.articleType() || metadata.published() != null || hasArticleElement);
    return new ExtractedPage(url, title, byline, metadata.published(), text, metadata.canonical(),
        metadata.siteName(), metadata.language(), feeds, article);
  }

  /**
   * A page title without the site's name around it ("Storm hits | The Daily"): cut at a separator
   * when the site name is on the far side, or when a heading of the page is the near side.
   */
  static String withoutSiteName(String title, String siteName, List<String> headings) {
    if (title == null) {
      return null;
    }
    for (String heading : headings) {
      String h = heading.strip();
      if (h.length() >= 10 && title.startsWith(h) && SEPARATED.matcher(title.substring(h.length())).matches()) {
        return h;
      }
    }
    if (siteName != null && !siteName.isBlank()) {
      String site = Pattern.quote(siteName.strip());
      Matcher suffix = Pattern.compile("^(.+?)\\s*" + SEPARATOR + "\\s*" + site + "$").matcher(title);
      if (suffix.matches()) {
        return suffix.group(1);
      }
      Matcher prefix = Pattern.compile("^" + site + "\\s*" + SEPARATOR + "\\s*(.+)$").matcher(title);
      if (prefix.matches()) {
        return prefix.group(1);
      }
    }
    return title;
  }

  /** The feeds a page names in {@code <link rel="alternate">}, in page order. */
  static List<URI> feedLinks(Document document, URI base) {
    List<URI> feeds = new ArrayList<>();
    for (Element link : document.select("link[rel][type][href]")) {
      Set<String> rels = Set.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"));
      String type = link.attr("type").toLowerCase(Locale.ROOT).strip();
      int semi = type.indexOf(';');
      if (semi >= 0) {
        type = type.substring(0, semi).strip();
      }
      if (rels.contains("alternate") && FEED_TYPES.contains(type)) {
        URI feed = Urls.resolve(base, link.attr("href"));
        if (feed != null && !feeds.contains(feed)) {
          feeds.add(feed);
        }
      }
    }
    return feeds;
  }

  /** A plain fallback: the paragraphs of the article element, or of the body, that read as prose. */
  private static String paragraphs(Document document) {
    document.select("script, style, noscript, nav, header, footer, aside, form, figure").remove();
    Element scope = document.selectFirst("article");
    if (scope == null) {
      scope = document.selectFirst("main");
    }
    if (scope == null) {
      scope = document.body();
    }
    if (scope == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (Element paragraph : scope.select("p")) {
      String text = paragraph.text().strip();
      if (text.length() >= 60 || (text.length() >= 20 && text.matches(".*[.!?\"”]$"))) {
        out.append(text).append("\n\n");
      }
    }
    return out.toString().strip();
  }
}
