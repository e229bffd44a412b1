package org.newsbot.alerts;

import org.newsbot.article.Article;

/**
 * The story an article tells: near-duplicate articles from several outlets share one story id,
 * and a subscription is alerted once per story.
 */
@FunctionalInterface
public interface StoryLookup {
  /** The article's story id; an article like no other is a story of its own. */
  long storyOf(Article article);

  /** Every article its own story: for when nothing groups articles into stories. */
  static StoryLookup eachArticleItsOwn() {
    return Article::id;
  }
}
