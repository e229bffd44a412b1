package org.newsbot.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsbot.article.Article;
import org.newsbot.store.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes the embeddings of articles that keyword search already serves. Runs behind imports so
 * that an article is searchable at once and semantically searchable shortly after.
 */
public final class EmbeddingBackfill {
  private static final Logger log = LoggerFactory.getLogger(EmbeddingBackfill.class);
  private static final int BATCH_TEXTS = 32;

  private final ArticleStore articles;
  private final PassageIndex index;
  private final Embedder embedder;
  private final Object writeLock;

  /** {@code writeLock} is held by whatever else replaces articles in the index (the change follower). */
  public EmbeddingBackfill(ArticleStore articles, PassageIndex index, Embedder embedder, Object writeLock) {
    this.articles = articles;
    this.index = index;
    this.embedder = embedder;
    this.writeLock = writeLock;
  }

  /** Embeds up to {@code maxArticles} waiting articles and returns how many it embedded. */
  public int step(int maxArticles) {
    if (!index.writable()) {
      return 0;
    }
    Map<Long, String> pending = index.pendingEmbeddings(maxArticles);
    if (pending.isEmpty()) {
      return 0;
    }
    Map<Long, Article> current = articles.find(pending.keySet());
    List<Article> work = new ArrayList<>();
    List<List<Chunks.Chunk>> chunksOf = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Map.Entry<Long, String> entry : pending.entrySet()) {
      Article article = current.get(entry.getKey());
      if (article == null || !article.contentHash().equals(entry.getValue())) {
        continue; // deleted or revised since: the change follower re-indexes it
      }
      List<Chunks.Chunk> chunks = Chunks.of(article.title(), Chunks.quotableSentences(article.body()));
      work.add(article);
      chunksOf.add(chunks);
      chunks.forEach(chunk -> texts.add(chunk.text()));
    }
    float[][] vectors = embed(texts);
    int embedded = 0;
    synchronized (writeLock) {
      int offset = 0;
      for (int a = 0; a < work.size(); a++) {
        Article article = work.get(a);
        List<Chunks.Chunk> chunks = chunksOf.get(a);
        float[][] own = java.util.Arrays.copyOfRange(vectors, offset, offset + chunks.size());
        offset += chunks.size();
        if (article.contentHash().equals(index.pendingHash(article.id()))) {
          index.addChunks(article.id(), chunks, own);
          embedded++;
        }
      }
      index.commitProgress();
    }
    return embedded;
  }

  /** Embeds every waiting article, reporting progress after each batch. */
  public int runAll(java.util.function.IntConsumer progress) {
    int total = 0;
    int done;
    while ((done = step(64)) > 0) {
      total += done;
      progress.accept(total);
    }
    return total;
  }

  private float[][] embed(List<String> texts) {
    float[][] vectors = new float[texts.size()][];
    for (int from = 0; from < texts.size(); from += BATCH_TEXTS) {
      int to = Math.min(texts.size(), from + BATCH_TEXTS);
      float[][] batch = embedder.embed(texts.subList(from, to));
      System.arraycopy(batch, 0, vectors, from, batch.length);
    }
    log.debug("embedded {} chunks", texts.size());
    return vectors;
  }
}
