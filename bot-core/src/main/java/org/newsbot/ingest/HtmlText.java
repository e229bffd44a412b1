package org.newsbot.ingest;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * Turns HTML (or text that may hold some) into plain paragraphs separated by blank lines: the one
 * sanitiser of every source (feeds, pages, imports). Scripts, forms, media and captions are
 * dropped; block elements end paragraphs; inline SVG keeps only its title, description and text.
 */
public final class HtmlText {
  private static final Pattern MARKUP = Pattern.compile(
      "(?i)<(p|br|div|a|span|b|i|u|em|strong|img|ul|ol|li|h[1-6]|blockquote|table|tr|td|figure|iframe"
          + "|script|style|section|article|pre|code|sup|sub|small|hr|font|center|svg|abbr)\\b[^>]*>|</[a-z][a-z0-9]*\\s*>");
  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "iframe", "object",
      "embed", "form", "button", "select", "textarea", "input", "nav", "img", "video", "audio",
      "template", "figcaption", "picture", "source", "canvas", "head", "title", "meta", "link");
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer",
      "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "table", "tr", "dl",
      "dt", "dd", "hr", "main", "address", "figure", "center", "body", "html", "aside", "details",
      "summary", "caption", "tbody", "thead", "tfoot");

  /** The elements of inline SVG that hold text a reader sees or is told. */
  private static final Set<String> SVG_TEXT = Set.of("title", "desc", "text", "tspan");

  private HtmlText() {}

  /** Plain paragraphs from text that may be HTML; text without markup keeps its own line breaks. */
  public static String toText(String maybeHtml) {
    if (maybeHtml == null || maybeHtml.isBlank()) {
      return "";
    }
    if (!MARKUP.matcher(maybeHtml).find()) {
      return tidy(maybeHtml.indexOf('&') >= 0 ? Parser.unescapeEntities(maybeHtml, false) : maybeHtml);
    }
    return fromElement(Jsoup.parseBodyFragment(maybeHtml).body());
  }

  /** Plain paragraphs from an element and everything inside it. */
  public static String fromElement(Element root) {
    StringBuilder out = new StringBuilder();
    int[] skipDepth = {-1};
    int[] svgDepth = {-1};
    boolean[] inPre = {false};
    root.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (skipDepth[0] >= 0) {
          return;
        }
        if (node instanceof TextNode text) {
          String value = inPre[0] ? text.getWholeText() : text.text();
          if (!value.isEmpty()) {
            if (!inPre[0] && value.isBlank()) {
              if (!out.isEmpty() && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                out.append(' ');
              }
            } else {
              out.append(value);
            }
          }
        } else if (node instanceof Element element) {
          String tag = element.normalName();
          if (svgDepth[0] >= 0) {
            if (tag.equals("style") || tag.equals("script")) {
              skipDepth[0] = depth;
            } else if (SVG_TEXT.contains(tag) && !out.isEmpty() && !Character.isWhitespace(out.charAt(out.length() - 1))) {
              out.append(' ');
            }
          } else if (tag.equals("svg")) {
            svgDepth[0] = depth;
          } else if (SKIPPED.contains(tag)) {
            skipDepth[0] = depth;
          } else if (tag.equals("br")) {
            out.append('\n');
          } else if (BLOCKS.contains(tag)) {
            breakParagraph(out);
            if (tag.equals("pre")) {
              inPre[0] = true;
            }
          } else if (tag.equals("td") || tag.equals("th")) {
            out.append(' ');
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (skipDepth[0] >= 0) {
          if (skipDepth[0] == depth) {
            skipDepth[0] = -1;
          }
          return;
        }
        if (svgDepth[0] == depth) {
          svgDepth[0] = -1;
        }
        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
          breakParagraph(out);
          if (element.normalName().equals("pre")) {
            inPre[0] = false;
          }
        }
      }
    });
    return tidy(out.toString());
  }

  /** Plain text as paragraphs: runs of spaces as one, no space around line breaks, at most one blank line in a row. */
  public static String tidy(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[ \\t\\x0B\\f\\u00a0]+", " ")
        .replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n").strip();
  }

  private static void breakParagraph(StringBuilder out) {
    int length = out.length();
    while (length > 0 && (out.charAt(length - 1) == ' ')) {
      length--;
    }
    out.setLength(length);
    if (length == 0 || (length >= 2 && out.charAt(length - 1) == '\n' && out.charAt(length - 2) == '\n')) {
      return;
    }
    out.append(out.charAt(length - 1) == '\n' ? "\n" : "\n\n");
  }

  /** Text with any markup removed and entities decoded, on one line: for titles and names. */
  public static String inline(String maybeHtml) {
    if (maybeHtml == null) {
      return null;
    }
    String text = maybeHtml.indexOf('<') >= 0 || maybeHtml.indexOf('&') >= 0
        ? Jsoup.parseBodyFragment(maybeHtml).text() : maybeHtml;
    text = text.replaceAll("\\s+", " ").strip();
    return text.isEmpty() ? null : text;
  }
}
