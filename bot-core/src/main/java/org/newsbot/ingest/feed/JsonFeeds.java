package org.newsbot.ingest.feed;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.newsbot.ingest.DateReader;
import org.newsbot.ingest.HtmlText;
import org.newsbot.ingest.Mojibake;
import org.newsbot.ingest.web.BodyCharset;
import org.newsbot.ingest.web.Urls;

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org). */
final class JsonFeeds {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonFeeds() {}

  static ParsedFeed read(byte[] body, Charset charset, URI base) throws FeedFormatException {
    String text = BodyCharset.decode(body, charset);
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (StreamConstraintsException e) {
      throw new FeedFormatException("the JSON nests objects or arrays too deeply (more than "
          + StreamReadConstraints.DEFAULT_MAX_DEPTH + " levels) to be a feed");
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new FeedFormatException("malformed JSON" + (at == null || at.getLineNr() < 0 ? "" : " at line "
          + at.getLineNr()) + ": " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new FeedFormatException("JSON, but not a JSON Feed (no object)");
    }
    String version = string(root, "version");
    JsonNode items = root.get("items");
    if ((version == null || !version.contains("jsonfeed.org")) || items == null || !items.isArray()) {
      throw new FeedFormatException("JSON, but not a JSON Feed (no jsonfeed.org version or no items)");
    }
    String format = version.endsWith("/1") ? "json_1.0" : "json_" + version.substring(version.lastIndexOf('/') + 1);
    List<FeedEntry> entries = new ArrayList<>();
    for (JsonNode item : items) {
      if (item.isObject()) {
        entries.add(entry(item, base));
      }
    }
    return new ParsedFeed(HtmlText.inline(string(root, "title")), format, null, entries);
  }

  private static FeedEntry entry(JsonNode item, URI base) {
    String title = HtmlText.inline(string(item, "title"));
    URI link = Urls.resolve(base, string(item, "url"));
    if (link == null) {
      link = Urls.resolve(base, string(item, "external_url"));
    }
    String html = HtmlText.toText(string(item, "content_html"));
    String plain = string(item, "content_text") == null ? "" : string(item, "content_text").strip();
    String summary = HtmlText.toText(string(item, "summary"));
    String text = html.length() >= plain.length() ? html : plain;
    if (summary.length() > text.length()) {
      text = summary;
    }
    Instant published = date(string(item, "date_published"));
    if (published == null) {
      published = date(string(item, "date_modified"));
    }
    return new FeedEntry(string(item, "id"), link, title, author(item), published, Mojibake.repair(text));
  }

  private static String author(JsonNode item) {
    JsonNode authors = item.get("authors");
    if (authors != null && authors.isArray()) {
      for (JsonNode author : authors) {
        String name = HtmlText.inline(string(author, "name"));
        if (name != null) {
          return name;
        }
      }
    }
    JsonNode author = item.get("author");
    return author == null ? null : HtmlText.inline(string(author, "name"));
  }

  private static Instant date(String value) {
    OffsetDateTime date = DateReader.read(value);
    return date == null ? null : date.toInstant();
  }

  private static String string(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
  }
}
