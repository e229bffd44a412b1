package org.newsbot.ingest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbot.article.IncomingArticle;

/**
 * The plain-text import format: an optional first line {@code " date YYYY-MM-DD <lead>"}, then the
 * article. Without a date line the first line is the title.
 */
final class TextArticleFormat {
  private static final Pattern DATE_LINE = Pattern.compile("^\\s*date\\s+(\\S+)\\s*(.*)$");
  private static final int MIN_BODY_CHARS = 20;

  private TextArticleFormat() {}

  /** @param warn told about what the article is kept without (a date line it cannot read) */
  static IncomingArticle parse(String url, String content, Long sourceId, Clock clock, Consumer<String> warn)
      throws MalformedArticleException {
    int nul = content.indexOf('\0');
    if (nul >= 0) {
      int line = 1 + (int) content.substring(0, nul).chars().filter(c -> c == '\n').count();
      throw new MalformedArticleException(line, "binary data, not text");
    }
    String text = (content.startsWith("\uFEFF") ? content.substring(1) : content)
        .replace("\r\n", "\n").replace('\r', '\n');
    int firstBreak = text.indexOf('\n');
    String firstLine = firstBreak < 0 ? text : text.substring(0, firstBreak);
    String rest = firstBreak < 0 ? "" : text.substring(firstBreak + 1);
    LocalDate published = null;
    String lead = firstLine.strip();
    Matcher date = DATE_LINE.matcher(firstLine);
    if (date.matches()) {
      OffsetDateTime read = DateReader.read(date.group(1));
      String implausible = read == null ? null : PublicationDates.implausible(read.toInstant(), clock);
      if (read == null || implausible != null) {
        warn.accept("the date line's date '" + date.group(1) + "' is "
            + (read == null ? "no date newsbot reads" : implausible) + "; the article is kept without a date");
      } else {
        published = read.toLocalDate();
      }
      lead = date.group(2).strip();
    }
    String title = Mojibake.repair(lead.isEmpty() ? firstParagraph(rest) : Titles.fromLead(lead));
    String body = Boilerplate.clean(title, lead + "\n\n" + rest);
    if (body.length() < MIN_BODY_CHARS) {
      throw new MalformedArticleException(1, "no article text");
    }
    return new IncomingArticle(sourceId, null, url, title, published, null, body);
  }

  private static String firstParagraph(String text) {
    for (String paragraph : Paragraphs.split(text)) {
      return Titles.fromLead(paragraph);
    }
    return "";
  }
}
