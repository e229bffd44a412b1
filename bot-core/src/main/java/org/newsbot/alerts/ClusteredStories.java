package org.newsbot.alerts;

import java.util.OptionalLong;
import org.newsbot.article.Article;
import org.newsbot.story.StoryClusters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stories as the near-duplicate clusters have them. An article not fingerprinted yet (a file
 * import, or a polled article whose poller has not filed it yet) is fingerprinted here, so that
 * copies of one story meet however they arrived; should that fail, the article is its own story.
 */
public final class ClusteredStories implements StoryLookup {
  private static final Logger log = LoggerFactory.getLogger(ClusteredStories.class);

  private final StoryClusters clusters;

  public ClusteredStories(StoryClusters clusters) {
    this.clusters = clusters;
  }

  @Override
  public long storyOf(Article article) {
    OptionalLong story = clusters.storyOf(article.id());
    if (story.isPresent()) {
      return story.getAsLong();
    }
    try {
      return clusters.assign(article.id(), article.title(), article.body());
    } catch (RuntimeException e) {
      log.warn("cannot file article {} under a story; it alerts as a story of its own", article.id(), e);
      return article.id();
    }
  }
}
