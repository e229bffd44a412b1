package org.newsbot.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A large article set made from smaller corpora: their articles interleaved, then again and again
 * as copies with their own ids, a title and date of their own and some figures changed, until
 * there are enough. Copies keep the words of real news, so the index grows as it would.
 */
final class MixedCorpus {
  private static final Pattern SMALL_NUMBER = Pattern.compile("(?<![\\d.,])\\d{1,4}(?!\\d|[.,]\\d)");

  private MixedCorpus() {}

  /** Writes {@code total} articles to {@code target}; returns how many were written. */
  static int write(List<Path> sources, int total, Path target) throws IOException {
    int written = 0;
    try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      for (int copy = 0; written < total; copy++) {
        int before = written;
        List<BufferedReader> readers = new ArrayList<>();
        try {
          for (Path source : sources) {
            readers.add(Files.newBufferedReader(source, StandardCharsets.UTF_8));
          }
          // one article from each source in turn, so that any stretch of the set mixes outlets
          while (written < total && !readers.isEmpty()) {
            for (int r = 0; r < readers.size() && written < total; r++) {
              ObjectNode article = nextArticle(readers.get(r));
              if (article == null) {
                readers.remove(r--).close();
                continue;
              }
              out.write(CorpusFiles.JSON.writeValueAsString(vary(article, copy)));
              out.write('\n');
              written++;
            }
          }
        } finally {
          for (BufferedReader reader : readers) {
            reader.close();
          }
        }
        if (written == before) {
          throw new IllegalArgumentException("no article with a body in " + sources);
        }
      }
    }
    return written;
  }

  private static ObjectNode nextArticle(BufferedReader reader) throws IOException {
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      ObjectNode article = CorpusFiles.article(line);
      if (article != null) {
        return article;
      }
    }
    return null;
  }

  /** Copy 0 is the article itself; later copies get their own id and date and changed figures. */
  static ObjectNode vary(ObjectNode article, int copy) {
    if (copy == 0) {
      return article;
    }
    ObjectNode varied = article.deepCopy();
    String id = article.hasNonNull("id") ? article.get("id").asText() : "article";
    varied.put("id", id + "-copy" + copy);
    // without a url the importer names the article by file and id, which keeps copies apart
    varied.remove("url");
    if (article.hasNonNull("title")) {
      varied.put("title", article.get("title").asText() + " (update " + copy + ")");
    }
    if (article.hasNonNull("published")) {
      String published = article.get("published").asText();
      try {
        varied.put("published", LocalDate.parse(published.substring(0, Math.min(10, published.length())))
            .plusDays(copy).toString());
      } catch (DateTimeParseException e) {
        varied.remove("published");
      }
    }
    varied.put("body", changeFigures(article.get("body").asText(), copy));
    return varied;
  }

  /** Adds {@code copy} to every second small whole number, as a later report might. */
  static String changeFigures(String body, int copy) {
    Matcher matcher = SMALL_NUMBER.matcher(body);
    StringBuilder out = new StringBuilder(body.length() + 16);
    int seen = 0;
    while (matcher.find()) {
      String replacement = seen++ % 2 == 0 ? matcher.group() : Integer.toString(Integer.parseInt(matcher.group()) + copy);
      matcher.appendReplacement(out, replacement);
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
