package org.newsbot.story;

import java.util.List;
import java.util.OptionalLong;
import org.newsbot.store.StoryStore;

/**
 * Groups near-duplicate articles (one wire story lightly edited by several outlets) into stories.
 * Each article gets a MinHash signature over word shingles; articles sharing an LSH band are
 * compared, and one at least {@link #SAME_STORY} similar joins the closest one's story. An article
 * like no other starts a story of its own, named by its id.
 */
public final class StoryClusters {
  /** Estimated Jaccard similarity of shingle sets from which two articles are one story. */
  public static final double SAME_STORY = 0.5;

  private final StoryStore store;

  public StoryClusters(StoryStore store) {
    this.store = store;
  }

  /**
   * Fingerprints an article and files it under a story; returns the story id. Too short a text
   * forms a story of its own; an article filed before keeps its story. Serialised so two copies arriving together meet in one story.
   */
  public synchronized long assign(long articleId, String title, String body) {
    long[] shingles = MinHash.shingles((title == null ? "" : title + "\n") + body);
    if (shingles.length == 0) {
      return store.put(articleId, articleId, new byte[0], new long[0]);
    }
    int[] signature = MinHash.signature(shingles);
    long[] bands = MinHash.bands(signature);
    long story = articleId;
    double best = 0;
    for (StoryStore.Fingerprint other : store.sharingBands(articleId, bands)) {
      if (other.signature().length == 0) {
        continue;
      }
      double similarity = MinHash.similarity(signature, MinHash.fromBytes(other.signature()));
      if (similarity >= SAME_STORY && similarity > best) {
        best = similarity;
        story = other.storyId();
      }
    }
    return store.put(articleId, story, MinHash.toBytes(signature), bands);
  }

  /** The story of an article, empty when it was never fingerprinted. */
  public OptionalLong storyOf(long articleId) {
    return store.storyOf(articleId);
  }

  /** The articles of a story, oldest first. */
  public List<Long> members(long storyId) {
    return store.members(storyId);
  }

  /** The other articles telling the same story as this one. */
  public List<Long> duplicatesOf(long articleId) {
    OptionalLong story = storyOf(articleId);
    if (story.isEmpty()) {
      return List.of();
    }
    return members(story.getAsLong()).stream().filter(id -> id != articleId).toList();
  }
}
