package org.newsbot.ingest.feed;

import java.io.StringReader;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.nodes.Entities;
import org.newsbot.ingest.web.Urls;

/**
 * A feed's XML as a small tree, read by the JDK's StAX parser with DTDs off: a DOCTYPE is seen as
 * a token of the document (so no processing instruction, comment or CDATA can pass for one or hide
 * one), the entities it declares are never defined, and nothing external is ever fetched. A DOCTYPE
 * that declares entities is refused outright; a bare one (RSS 0.91 names its DTD) is ignored.
 */
final class XmlTree {
  /** Feeds are shallow; a document nested deeper than this is an attack or an accident. */
  static final int MAX_DEPTH = 512;
  private static final Pattern NAMED_ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]{1,31});");
  private static final XMLInputFactory FACTORY = factory(true);
  private static final XMLInputFactory PLAIN_FACTORY = factory(false);

  private XmlTree() {}

  /** An element: its namespace (lower case), local name (lower case), prefix, attributes, children, xml:base and xml:lang. */
  record Element(String namespace, String name, String prefix, String qualifiedName, Map<String, String> attributes,
      List<Object> children, URI base, String lang, Map<String, String> namespaces) {

    String attribute(String name) {
      return attributes.get(name);
    }

    List<Element> elements() {
      List<Element> elements = new ArrayList<>();
      for (Object child : children) {
        if (child instanceof Element element) {
          elements.add(element);
        }
      }
      return elements;
    }

    /** The text of the element and everything inside it. */
    String text() {
      StringBuilder out = new StringBuilder();
      Deque<Object> pending = new ArrayDeque<>(children);
      while (!pending.isEmpty()) {
        Object next = pending.pollFirst();
        if (next instanceof String text) {
          out.append(text);
        } else {
          List<Object> inner = ((Element) next).children;
          for (int i = inner.size() - 1; i >= 0; i--) {
            pending.addFirst(inner.get(i));
          }
        }
      }
      return out.toString();
    }
  }

  static Element parse(String xml, URI documentBase) throws FeedFormatException {
    String healed = withHtmlEntitiesAsNumbers(xml);
    try {
      return parse(healed, documentBase, true);
    } catch (FeedFormatException e) {
      if (!e.getMessage().contains("is not bound") && !e.getMessage().contains("PrefixUnbound")) {
        throw e;
      }
      // a prefix used without its declaration (feeds do write <dc:creator> so): read the names as written
      return parse(healed, documentBase, false);
    }
  }

  private static Element parse(String healed, URI documentBase, boolean namespaceAware) throws FeedFormatException {
    XMLStreamReader reader = null;
    try {
      reader = (namespaceAware ? FACTORY : PLAIN_FACTORY).createXMLStreamReader(new StringReader(healed));
      Deque<Element> open = new ArrayDeque<>();
      Element root = null;
      while (reader.hasNext()) {
        int event = reader.next();
        switch (event) {
          case XMLStreamConstants.DTD -> {
            // with DTDs off the parser hands over no internal subset, only its brackets
            String doctype = reader.getText();
            if (doctype.indexOf('[') >= 0 || doctype.indexOf(']') >= 0 || doctype.contains("<!ENTITY")) {
              throw new FeedFormatException("refused: the XML declares a DOCTYPE with entities or other"
                  + " declarations (DTDs and entities are never read, which rules out XXE and entity bombs)");
            }
          }
          case XMLStreamConstants.START_ELEMENT -> {
            if (open.size() >= MAX_DEPTH) {
              throw new FeedFormatException("the XML nests elements more than " + MAX_DEPTH + " deep");
            }
            Element parent = open.peek();
            Element element = namespaceAware ? start(reader, parent, documentBase)
                : startByName(reader, parent, documentBase);
            if (parent == null) {
              root = element;
            } else {
              parent.children().add(element);
            }
            open.push(element);
          }
          case XMLStreamConstants.END_ELEMENT -> open.pop();
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            Element current = open.peek();
            if (current != null) {
              List<Object> children = current.children();
              String text = reader.getText();
              if (!children.isEmpty() && children.getLast() instanceof String previous) {
                children.set(children.size() - 1, previous + text);
              } else {
                children.add(text);
              }
            }
          }
          default -> { }
        }
      }
      if (root == null) {
        throw new FeedFormatException("malformed XML: no root element");
      }
      return root;
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      String where = at == null || at.getLineNumber() < 0 ? "" : " at line " + at.getLineNumber() + ", column "
          + at.getColumnNumber();
      throw new FeedFormatException("malformed XML" + where + ": " + message(e));
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException e) {
          // nothing was open beyond the string
        }
      }
    }
  }

  /** An element of a document read without namespaces: prefixes resolve by the xmlns attributes in scope. */
  private static Element startByName(XMLStreamReader reader, Element parent, URI documentBase) {
    Map<String, String> namespaces = new LinkedHashMap<>(parent == null ? Map.of() : parent.namespaces());
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String name = reader.getAttributeLocalName(i);
      String value = reader.getAttributeValue(i);
      if (name.equals("xmlns")) {
        namespaces.put("", value);
      } else if (name.startsWith("xmlns:")) {
        namespaces.put(name.substring(6), value);
      } else {
        String lower = name.toLowerCase(Locale.ROOT);
        attributes.put(lower, value);
        if (lower.indexOf(':') >= 0) {
          attributes.putIfAbsent(lower.substring(lower.indexOf(':') + 1), value);
        }
      }
    }
    String qualified = reader.getLocalName();
    int colon = qualified.indexOf(':');
    String prefix = colon < 0 ? "" : qualified.substring(0, colon);
    String local = colon < 0 ? qualified : qualified.substring(colon + 1);
    String namespace = namespaces.getOrDefault(prefix, "");
    URI inherited = parent == null ? documentBase : parent.base();
    URI base = inherited;
    String xmlBase = attributes.get("xml:base");
    if (xmlBase != null && !xmlBase.isBlank() && Urls.resolve(inherited, xmlBase.strip()) != null) {
      base = Urls.resolve(inherited, xmlBase.strip());
    }
    String lang = attributes.containsKey("xml:lang") ? attributes.get("xml:lang") : parent == null ? null : parent.lang();
    return new Element(namespace.toLowerCase(Locale.ROOT), local.toLowerCase(Locale.ROOT), prefix, qualified,
        attributes, new ArrayList<>(), base, lang, namespaces);
  }

  private static Element start(XMLStreamReader reader, Element parent, URI documentBase) {
    Map<String, String> namespaces = new LinkedHashMap<>(parent == null ? Map.of() : parent.namespaces());
    for (int i = 0; i < reader.getNamespaceCount(); i++) {
      String prefix = reader.getNamespacePrefix(i);
      namespaces.put(prefix == null ? "" : prefix, reader.getNamespaceURI(i) == null ? "" : reader.getNamespaceURI(i));
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    String xmlBase = null;
    String xmlLang = null;
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String ns = reader.getAttributeNamespace(i);
      String local = reader.getAttributeLocalName(i).toLowerCase(Locale.ROOT);
      String value = reader.getAttributeValue(i);
      if (XMLConstants.XML_NS_URI.equals(ns)) {
        if (local.equals("base")) {
          xmlBase = value;
        } else if (local.equals("lang")) {
          xmlLang = value;
        }
        attributes.put("xml:" + local, value);
      } else if (ns == null || ns.isEmpty()) {
        attributes.put(local, value);
      } else {
        String prefix = reader.getAttributePrefix(i);
        attributes.put((prefix == null || prefix.isEmpty() ? ns : prefix) + ":" + local, value);
        attributes.putIfAbsent(local, value);
      }
    }
    URI inherited = parent == null ? documentBase : parent.base();
    URI base = inherited;
    if (xmlBase != null && !xmlBase.isBlank()) {
      URI resolved = Urls.resolve(inherited, xmlBase.strip());
      if (resolved != null) {
        base = resolved;
      }
    }
    String namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
    String prefix = reader.getPrefix() == null ? "" : reader.getPrefix();
    String local = reader.getLocalName();
    return new Element(namespace.toLowerCase(Locale.ROOT), local.toLowerCase(Locale.ROOT), prefix,
        prefix.isEmpty() ? local : prefix + ":" + local, attributes, new ArrayList<>(), base,
        xmlLang != null ? xmlLang : parent == null ? null : parent.lang(), namespaces);
  }

  /**
   * HTML's named entities ({@code &nbsp;}, {@code &eacute;}), which feeds use without declaring
   * them, as character references XML reads. XML's own five stay as they are.
   */
  static String withHtmlEntitiesAsNumbers(String xml) {
    if (xml.indexOf('&') < 0) {
      return xml;
    }
    Matcher matcher = NAMED_ENTITY.matcher(xml);
    StringBuilder out = new StringBuilder(xml.length());
    while (matcher.find()) {
      String name = matcher.group(1);
      String replacement = matcher.group();
      if (!name.equals("amp") && !name.equals("lt") && !name.equals("gt") && !name.equals("quot")
          && !name.equals("apos") && Entities.isNamedEntity(name)) {
        StringBuilder numeric = new StringBuilder();
        Entities.getByName(name).codePoints().forEach(cp -> numeric.append("&#").append(cp).append(';'));
        replacement = numeric.toString();
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String message(XMLStreamException e) {
    String message = e.getMessage() == null ? "unreadable" : e.getMessage();
    int at = message.indexOf("Message: ");
    if (at >= 0) {
      message = message.substring(at + "Message: ".length());
    }
    message = message.strip();
    return message.length() > 300 ? message.substring(0, 297) + "..." : message;
  }

  private static XMLInputFactory factory(boolean namespaceAware) {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, namespaceAware);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    // the JDK's own depth limit (100 in recent JDKs) would cut in first with a message of its own
    factory.setProperty("jdk.xml.maxElementDepth", Integer.toString(MAX_DEPTH + 1));
    return factory;
  }
}
