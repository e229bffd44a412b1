package org.newsbot.index;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbot.article.Article;
import org.newsbot.store.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the search index in line with the database, which is the truth: applies the article
 * change log from where the index's last commit left off, or rebuilds the index from scratch.
 */
public final class IndexSync {
  private static final Logger log = LoggerFactory.getLogger(IndexSync.class);
  private static final int BATCH = 2000;

  private final ArticleStore articles;
  private final PassageIndex index;

  public IndexSync(ArticleStore articles, PassageIndex index) {
    this.articles = articles;
    this.index = index;
  }

  /**
   * Applies every change the index has not seen and returns how many articles it touched. An
   * index that claims changes the database never had (a restored backup), or one of an older
   * layout, is rebuilt. A read-only index is left to the process that writes it.
   */
  public synchronized int catchUp() {
    if (!index.writable()) {
      return 0;
    }
    long applied = index.appliedChange();
    long last = articles.lastChange();
    if (applied > last || !index.hasCurrentLayout()) {
      log.warn("search index does not match the database (index at change {}, database at {}); rebuilding",
          applied, last);
      return rebuild();
    }
    int touched = 0;
    while (applied < last) {
      List<ArticleStore.Change> changes = articles.changesSince(applied, BATCH);
      if (changes.isEmpty()) {
        break;
      }
      Set<Long> ids = new LinkedHashSet<>();
      changes.forEach(change -> ids.add(change.articleId()));
      Map<Long, Article> current = articles.find(ids);
      // IndexWriter takes documents from several threads: split sentences and analyse in parallel
      ids.parallelStream().forEach(id -> index.replace(id, current.get(id)));
      applied = changes.getLast().seq();
      index.commit(applied);
      touched += ids.size();
    }
    return touched;
  }

  /** Rebuilds the whole index from the database and returns the number of articles indexed. */
  public synchronized int rebuild() {
    long last = articles.lastChange();
    index.clear();
    int[] count = {0};
    articles.forEach(article -> {
      index.replace(article.id(), article);
      count[0]++;
    });
    // changes logged during the scan are re-applied by the next catch-up: replacing is idempotent
    index.commit(last);
    return count[0];
  }
}
