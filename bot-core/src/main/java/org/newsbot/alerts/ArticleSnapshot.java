package org.newsbot.alerts;

import java.time.LocalDate;
import org.newsbot.article.Article;
import org.newsbot.index.Sentences;

/**
 * An article as an alert shows it, kept with the alert: the outlet, title, date, link, a
 * one-sentence summary, the query terms it matched, and its key figures.
 */
record ArticleSnapshot(long articleId, String outlet, String title, String url, LocalDate published,
    String summary, String matched, String figures) {
  private static final int SUMMARY_CHARS = 300;

  static ArticleSnapshot of(Article article, String matched) {
    return new ArticleSnapshot(article.id(), clip(article.displaySource(), 200), clip(article.title(), 1000),
        article.url(), article.published(), summary(article), clip(matched, 1000),
        KeyFigures.of(article.title(), article.body()));
  }

  ArticleSnapshot withMatched(String terms) {
    return new ArticleSnapshot(articleId, outlet, title, url, published, summary, terms, figures);
  }

  /** The first sentence of the body that says something beyond the title. */
  static String summary(Article article) {
    // a title is often the lead sentence, whole or cut short with an ellipsis
    String title = (article.title() == null ? "" : article.title().strip()).replaceAll("(\\.\\.\\.|\u2026)$", "")
        .strip().toLowerCase(java.util.Locale.ROOT);
    for (String sentence : Sentences.split(article.body())) {
      if (!title.isEmpty() && sentence.toLowerCase(java.util.Locale.ROOT).startsWith(title)
          || !Sentences.quotable(sentence)) {
        continue;
      }
      if (sentence.length() <= SUMMARY_CHARS) {
        return sentence;
      }
      int cut = sentence.lastIndexOf(' ', SUMMARY_CHARS - 1);
      return sentence.substring(0, cut > SUMMARY_CHARS / 2 ? cut : SUMMARY_CHARS - 1) + "\u2026";
    }
    return null;
  }

  private static String clip(String text, int limit) {
    return text == null || text.length() <= limit ? text : text.substring(0, limit);
  }
}
