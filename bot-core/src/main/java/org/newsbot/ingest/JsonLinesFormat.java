package org.newsbot.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import org.newsbot.article.IncomingArticle;

/**
 * One article per JSON line, with the fields {@code id, outlet, url, title, published, authors,
 * category, body}. A line without a url gets one from the file and the line's id.
 */
final class JsonLinesFormat {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLinesFormat() {}

  /**
   * @param warn told, once per problem, about what the article is kept without (a date it could
   *     not read, or one that cannot be true)
   */
  static IncomingArticle parse(String fileUri, String line, int lineNumber, Long sourceId, Clock clock,
      Consumer<String> warn) throws MalformedArticleException {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new MalformedArticleException(lineNumber, "not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new MalformedArticleException(lineNumber, "not a JSON object");
    }
    String body = text(node, "body");
    if (body == null || body.isBlank()) {
      throw new MalformedArticleException(lineNumber, "no \"body\"");
    }
    String id = text(node, "id");
    String url = text(node, "url");
    if (url == null || url.isBlank()) {
      url = fileUri + "#" + (id != null && !id.isBlank() ? id : "line-" + lineNumber);
    }
    String title = text(node, "title");
    LocalDate published = date(text(node, "published"), clock, warn);
    String cleanTitle = Mojibake.repair(title == null || title.isBlank() ? Titles.fromLead(body) : title.strip());
    String cleanBody = Boilerplate.clean(cleanTitle, body);
    if (cleanBody.isBlank()) {
      throw new MalformedArticleException(lineNumber, "no article text");
    }
    return new IncomingArticle(sourceId, text(node, "outlet"), url.strip(), cleanTitle, published,
        text(node, "language"), cleanBody);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** The day the article was published as its writer wrote it, or null (with a warning) when unknown. */
  private static LocalDate date(String value, Clock clock, Consumer<String> warn) {
    if (value == null || value.isBlank()) {
      return null;
    }
    OffsetDateTime read = DateReader.read(value);
    if (read == null) {
      warn.accept("\"published\" is not a date newsbot reads: '" + shorten(value)
          + "'; the article is kept without a date");
      return null;
    }
    String implausible = PublicationDates.implausible(read.toInstant(), clock);
    if (implausible != null) {
      warn.accept("\"published\" " + shorten(value) + " is " + implausible + "; the article is kept without a date");
      return null;
    }
    return read.toLocalDate();
  }

  private static String shorten(String value) {
    String flat = value.strip();
    return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
  }
}
