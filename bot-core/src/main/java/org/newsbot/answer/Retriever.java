package org.newsbot.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.newsbot.index.Embedder;
import org.newsbot.index.PassageHit;
import org.newsbot.index.PassageIndex;

/**
 * Finds the passages a question may be answered by: keyword search over sentences (with their
 * paraphrases, the sentences around them and the title) and search by meaning over every embedded
 * passage, fused by reciprocal rank into the articles to read. No word is required: an article
 * that holds few of the question's words may still be the one that answers.
 */
final class Retriever {
  private static final int HITS = 200;
  private static final int NEAREST = 40;
  static final int MAX_ARTICLES = 20;
  private static final int RRF_K = 10;
  /** How much a word naming the kind of answer counts ("player" in "which NFL player"). */
  static final double KIND_WORD_WEIGHT = 0.3;

  private final PassageIndex index;
  private final Embedder embedder;

  Retriever(PassageIndex index, Embedder embedder) {
    this.index = index;
    this.embedder = embedder;
  }

  /** Retrieves for {@code question}; by keywords alone when {@code meaning} is false or nothing is embedded. */
  Retrieval retrieve(Question question, boolean meaning) {
    return index.withSearcher(searcher -> retrieve(searcher, question, meaning));
  }

  private Retrieval retrieve(IndexSearcher searcher, Question question, boolean meaning) throws IOException {
    var stats = searcher.collectionStatistics(PassageIndex.TEXT);
    int documents = stats == null ? 0 : (int) stats.docCount();
    Map<String, Double> idf = new LinkedHashMap<>();
    for (Concept concept : question.concepts()) {
      int df = searcher.getIndexReader().docFreq(new Term(PassageIndex.TEXT, concept.stem()));
      double weight = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
      idf.put(concept.stem(), question.kindWords().contains(concept.stem()) ? KIND_WORD_WEIGHT * weight : weight);
    }
    if (documents == 0 || question.concepts().isEmpty()) {
      return new Retrieval(documents, idf, List.of(), List.of(), Map.of(), null);
    }
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    for (Concept concept : question.concepts()) {
      float kind = question.kindWords().contains(concept.stem()) ? (float) KIND_WORD_WEIGHT : 1f;
      for (String stem : concept.alternatives()) {
        float weight = kind * (stem.equals(concept.stem()) ? 1f : 0.6f);
        words.add(boosted(new TermQuery(new Term(PassageIndex.TEXT, stem)), weight), BooleanClause.Occur.SHOULD);
        words.add(boosted(new TermQuery(new Term(PassageIndex.CONTEXT, stem)), 0.3f * weight),
            BooleanClause.Occur.SHOULD);
      }
    }
    List<PassageHit> hits = index.search(words.build(), HITS);
    Map<Long, Double> fused = new LinkedHashMap<>();
    int rank = 0;
    for (PassageHit hit : hits) {
      if (!fused.containsKey(hit.passage().articleId())) {
        fused.put(hit.passage().articleId(), 1.0 / (RRF_K + rank++));
      }
    }
    float[] vector = null;
    if (meaning && embedder != null && index.hasEmbeddings()) {
      vector = embedder.embed(List.of(Paraphrases.normalize(question.read())))[0];
      rank = 0;
      java.util.Set<Long> seen = new java.util.HashSet<>();
      for (PassageIndex.ChunkHit hit : index.nearest(vector, NEAREST, null)) {
        if (seen.add(hit.articleId())) {
          fused.merge(hit.articleId(), 1.0 / (RRF_K + rank++), Double::sum);
        }
      }
    }
    List<Long> articles = fused.entrySet().stream()
        .sorted(Map.Entry.<Long, Double>comparingByValue().reversed())
        .limit(MAX_ARTICLES)
        .map(Map.Entry::getKey)
        .toList();
    Map<Long, List<PassageIndex.ChunkHit>> chunks = new HashMap<>();
    if (vector != null) {
      for (PassageIndex.ChunkHit hit : index.similarities(articles, vector)) {
        chunks.computeIfAbsent(hit.articleId(), id -> new ArrayList<>()).add(hit);
      }
    }
    return new Retrieval(documents, idf, hits, articles, chunks, vector);
  }

  private static Query boosted(Query query, float boost) {
    return boost == 1f ? query : new BoostQuery(query, boost);
  }
}
