package org.newsbot.ingest.feed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What feed elements mean, from the tables {@code namespaces.tsv} (namespace to the prefix it is
 * known by) and {@code elements.tsv} (element to its role and default text type).
 */
final class FeedVocabulary {
  enum Role { TITLE, MEDIA_TITLE, LINK, GUID, AUTHOR, PUBLISHED, UPDATED, CREATED, SUMMARY, CONTENT, ENTRY, SKIP }

  /** What a text construct holds unless its attributes say otherwise. */
  enum TextType { TEXT, HTML, XHTML }

  record Meaning(Role role, TextType type) {}

  private static final Map<String, String> PREFIXES = new HashMap<>();
  private static final Map<String, Meaning> ELEMENTS = new HashMap<>();

  static {
    for (List<String> row : rows("namespaces.tsv")) {
      PREFIXES.put(row.get(0).toLowerCase(Locale.ROOT), row.size() > 1 ? row.get(1) : "");
    }
    for (List<String> row : rows("elements.tsv")) {
      TextType type = row.size() > 2 && !row.get(2).isEmpty() ? TextType.valueOf(row.get(2).toUpperCase(Locale.ROOT))
          : null;
      ELEMENTS.put(row.get(0).toLowerCase(Locale.ROOT), new Meaning(Role.valueOf(row.get(1)), type));
    }
  }

  private FeedVocabulary() {}

  /** The element's name as the tables write it: {@code title}, {@code dc:title}, {@code xhtml:body}. */
  static String key(XmlTree.Element element) {
    // a prefix bound to no namespace (a feed that forgot to declare it) counts by its name
    String prefix = element.namespace().isEmpty() && !element.prefix().isEmpty() ? null
        : PREFIXES.get(element.namespace());
    if (prefix == null) {
      prefix = element.prefix().toLowerCase(Locale.ROOT);
    }
    return prefix.isEmpty() ? element.name() : prefix + ":" + element.name();
  }

  /** Whether the element belongs to a core vocabulary (RSS, Atom, CDF, or an unknown default namespace). */
  static boolean core(XmlTree.Element element) {
    return key(element).indexOf(':') < 0;
  }

  /** What the element means, or null for one that says nothing newsbot reads. */
  static Meaning meaning(XmlTree.Element element) {
    return ELEMENTS.get(key(element));
  }

  static Role role(XmlTree.Element element) {
    Meaning meaning = meaning(element);
    return meaning == null ? null : meaning.role();
  }

  private static List<List<String>> rows(String resource) {
    try (InputStream in = FeedVocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + resource + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines()
          .filter(line -> !line.startsWith("#") && (!line.isBlank() || line.contains("\t")))
          .map(line -> List.of(line.split("\t", -1)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
