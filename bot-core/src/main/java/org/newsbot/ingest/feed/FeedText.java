package org.newsbot.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Tag;
import org.newsbot.ingest.HtmlText;

/**
 * Reads a text construct (a title, summary or content element) as the feed meant it: plain text,
 * escaped HTML, inline XHTML, or base64 of either, by its {@code type} and Atom 0.3's {@code mode},
 * and returns it as plain text through the one HTML-to-text sanitiser every source uses.
 */
final class FeedText {
  private static final Pattern CLOSE_TAG_OR_ENTITY = Pattern.compile("</\\w+>|&#?\\w+;");
  private static final Pattern TAG = Pattern.compile("</?([A-Za-z][\\w-]*)");
  private static final Pattern ENTITY = Pattern.compile("&(\\w+);");
  private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
      "meta", "param", "source", "track", "wbr");

  private FeedText() {}

  /** What a text construct holds, decoded: markup to be read as HTML, or plain text. */
  record Decoded(String value, boolean html) {
    String asText() {
      return html ? HtmlText.toText(value) : HtmlText.tidy(value);
    }

    String asLine() {
      String line = html ? HtmlText.inline(value) : value.replaceAll("\\s+", " ").strip();
      return line == null ? "" : line;
    }
  }

  /**
   * @param element the text construct
   * @param fallback what it holds when its attributes do not say
   * @param atom whether the feed is Atom, whose plain text is never guessed to be HTML
   */
  static Decoded decode(XmlTree.Element element, FeedVocabulary.TextType fallback, boolean atom) {
    String declared = element.attribute("type");
    String type = declared == null ? switch (fallback) {
      case TEXT -> "text/plain";
      case HTML -> "text/html";
      case XHTML -> "application/xhtml+xml";
    } : mapType(declared);
    String mode = element.attribute("mode") == null ? "" : element.attribute("mode").strip().toLowerCase(Locale.ROOT);
    boolean htmlType = type.equals("text/html") || type.equals("application/xhtml+xml");
    boolean base64 = mode.equals("base64")
        || (!type.startsWith("text/") && !type.endsWith("+xml") && !type.endsWith("/xml"));
    if (base64) {
      String decoded = base64(element.text());
      // undecodable base64 is binary (an image, say): no text to read
      return decoded == null ? new Decoded("", false) : new Decoded(decoded, htmlType || looksLikeHtml(decoded));
    }
    List<XmlTree.Element> children = element.elements();
    if (!children.isEmpty()) {
      if (type.equals("text/html") && children.size() == 1 && children.getFirst().name().equals("div")
          && onlySpaceBeside(element)) {
        // escaped markup wrapped in a div (as TypePad writes it): the div's text is the HTML
        return new Decoded(children.getFirst().text(), true);
      }
      return new Decoded(markup(element, type.equals("application/xhtml+xml")), true);
    }
    String text = element.text();
    if (htmlType) {
      return new Decoded(text, true);
    }
    return new Decoded(text, !atom && looksLikeHtml(text));
  }

  private static String mapType(String declared) {
    String type = declared.strip().toLowerCase(Locale.ROOT);
    int semicolon = type.indexOf(';');
    if (semicolon >= 0) {
      type = type.substring(0, semicolon).strip();
    }
    return switch (type) {
      case "text", "plain", "" -> "text/plain";
      case "html" -> "text/html";
      case "xhtml" -> "application/xhtml+xml";
      default -> type;
    };
  }

  private static String base64(String text) {
    try {
      byte[] bytes = Base64.getMimeDecoder().decode(text.strip());
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (IllegalArgumentException | CharacterCodingException e) {
      return null;
    }
  }

  private static boolean onlySpaceBeside(XmlTree.Element element) {
    for (Object child : element.children()) {
      if (child instanceof String text && !text.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether plain text is HTML after all, as feeds often put HTML where plain text belongs: it
   * needs a closing tag or an entity, and only HTML's own tags and entities.
   */
  static boolean looksLikeHtml(String text) {
    if (!CLOSE_TAG_OR_ENTITY.matcher(text).find()) {
      return false;
    }
    Matcher tags = TAG.matcher(text);
    while (tags.find()) {
      if (!Tag.isKnownTag(tags.group(1).toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    Matcher entities = ENTITY.matcher(text);
    while (entities.find()) {
      if (!Entities.isNamedEntity(entities.group(1))) {
        return false;
      }
    }
    return true;
  }

  /** The element's children as HTML; inline XHTML loses the one div Atom wraps it in. */
  private static String markup(XmlTree.Element element, boolean xhtml) {
    List<Object> children = element.children();
    List<XmlTree.Element> elements = element.elements();
    if (xhtml && elements.size() == 1 && elements.getFirst().name().equals("div") && onlySpaceBeside(element)) {
      children = elements.getFirst().children();
    }
    StringBuilder out = new StringBuilder();
    for (Object child : children) {
      write(child, out);
    }
    return out.toString();
  }

  private static void write(Object node, StringBuilder out) {
    if (node instanceof String text) {
      out.append(Entities.escape(text));
      return;
    }
    XmlTree.Element element = (XmlTree.Element) node;
    String name = element.name();
    out.append('<').append(name);
    element.attributes().forEach((key, value) -> {
      if (key.indexOf(':') < 0) {
        out.append(' ').append(key).append("=\"").append(Entities.escape(value)).append('"');
      }
    });
    out.append('>');
    if (VOID.contains(name) && element.children().isEmpty()) {
      return;
    }
    for (Object child : element.children()) {
      write(child, out);
    }
    out.append("</").append(name).append('>');
  }
}
