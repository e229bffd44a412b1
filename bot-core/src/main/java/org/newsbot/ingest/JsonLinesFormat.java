package org.newsbot.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.newsbot.article.IncomingArticle;

/**
 * One article per JSON line, with the fields {@code id, outlet, url, title, published, authors,
 * category, body}. A line without a url gets one from the file and the line's id.
 */
final class JsonLinesFormat {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLinesFormat() {}

  static IncomingArticle parse(String fileUri, String line, int lineNumber, Long sourceId)
      throws MalformedArticleException {
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
    LocalDate published = date(text(node, "published"), lineNumber);
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

  private static LocalDate date(String value, int lineNumber) throws MalformedArticleException {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw new MalformedArticleException(lineNumber, "\"published\" is not a date: '" + value + "'");
    }
  }
}
