package org.newsbot.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsbot.article.Article;
import org.newsbot.store.ArticleStore;

/**
 * Reads articles from the database, which is the truth, and keeps the analysis of recently used
 * ones; a revised article (another content hash) is analysed again.
 */
final class ArticleViews {
  private final ArticleStore store;
  private final Map<Long, ArticleView> cache;

  ArticleViews(ArticleStore store, int capacity) {
    this.store = store;
    this.cache = new LinkedHashMap<>(capacity, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, ArticleView> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The views of the articles that still exist, in the order of {@code ids}. */
  List<ArticleView> get(Collection<Long> ids) {
    Map<Long, Article> articles = store.find(ids);
    List<ArticleView> views = new ArrayList<>();
    for (Long id : ids) {
      Article article = articles.get(id);
      if (article != null) {
        views.add(view(article));
      }
    }
    return views;
  }

  private synchronized ArticleView view(Article article) {
    ArticleView cached = cache.get(article.id());
    if (cached != null && cached.article.contentHash().equals(article.contentHash())) {
      return cached;
    }
    ArticleView view = new ArticleView(article);
    cache.put(article.id(), view);
    return view;
  }
}
