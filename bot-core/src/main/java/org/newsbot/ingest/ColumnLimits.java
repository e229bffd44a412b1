package org.newsbot.ingest;

import org.newsbot.article.IncomingArticle;

/**
 * The sizes of the articles table's columns. An article that exceeds them would fail its whole
 * batch, so descriptive fields are cut to fit and an article whose url or text cannot fit is refused
 * on its own.
 */
final class ColumnLimits {
  static final int URL = 2048;
  static final int BODY = 1_000_000;
  static final int TITLE = 1000;
  static final int OUTLET = 200;
  static final int LANGUAGE = 16;

  private ColumnLimits() {}

  static IncomingArticle fit(IncomingArticle article, int line) throws MalformedArticleException {
    if (article.url().length() > URL) {
      throw new MalformedArticleException(line, "url longer than " + URL + " characters");
    }
    if (article.body().length() > BODY) {
      throw new MalformedArticleException(line, "article text longer than " + BODY + " characters");
    }
    String language = article.language();
    return new IncomingArticle(article.sourceId(), cut(article.outlet(), OUTLET), article.url(),
        cut(article.title(), TITLE), article.published(),
        language != null && language.length() > LANGUAGE ? null : language, article.body());
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max - 1).strip() + "…";
  }
}
