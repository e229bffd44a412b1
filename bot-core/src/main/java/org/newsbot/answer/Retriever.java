package org.newsbot.answer;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongField;
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
 * Finds the articles a question is about: keyword search over sentences (with synonyms, the
 * sentences around them and the title) fused with the nearest passages in meaning, and weighs the
 * question's words by their rarity.
 */
final class Retriever {
  private static final int HITS = 100;
  private static final int MAX_ARTICLES = 12;
  private static final int NEAREST_CHUNKS = 30;
  /** How much the words naming the kind of answer count ("group" in "which militant group"). */
  static final double CATEGORY_WEIGHT = 0.3;

  private final PassageIndex index;
  private final Embedder embedder;

  Retriever(PassageIndex index, Embedder embedder) {
    this.index = index;
    this.embedder = embedder;
  }

  Retrieval retrieve(Question question) {
    return index.withSearcher(searcher -> retrieve(searcher, question));
  }

  private Retrieval retrieve(IndexSearcher searcher, Question question) throws IOException {
    var stats = searcher.collectionStatistics(PassageIndex.TEXT);
    int documents = stats == null ? 0 : (int) stats.docCount();
    Map<String, Double> idf = new LinkedHashMap<>();
    for (Concept concept : question.concepts()) {
      int df = searcher.getIndexReader().docFreq(new Term(PassageIndex.TEXT, concept.stem()));
      double weight = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
      // the kind of answer wanted ("which militant group") is seldom in the answering sentence
      idf.put(concept.stem(), question.category().contains(concept.stem()) ? CATEGORY_WEIGHT * weight : weight);
    }
    if (documents == 0) {
      return new Retrieval(Map.of(), idf, 0, null);
    }
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    for (Concept concept : question.concepts()) {
      for (String stem : concept.alternatives()) {
        float weight = stem.equals(concept.stem()) ? 1f : 0.6f;
        words.add(boosted(new TermQuery(new Term(PassageIndex.TEXT, stem)), weight), BooleanClause.Occur.SHOULD);
        words.add(boosted(new TermQuery(new Term(PassageIndex.CONTEXT, stem)), 0.3f * weight),
            BooleanClause.Occur.SHOULD);
      }
    }
    Query query = words.build();
    Query timeFilter = timeFilter(question.time());
    if (timeFilter != null) {
      query = new BooleanQuery.Builder()
          .add(query, BooleanClause.Occur.MUST)
          .add(timeFilter, BooleanClause.Occur.FILTER)
          .build();
    }
    // reciprocal rank fusion of keyword and meaning: an article either finds ranks high
    Map<Long, Double> fused = new LinkedHashMap<>();
    int rank = 0;
    for (PassageHit hit : index.search(query, HITS)) {
      if (!fused.containsKey(hit.passage().articleId())) {
        fused.put(hit.passage().articleId(), 1.0 / (RRF_K + rank++));
      }
    }
    float[] vector = null;
    if (embedder != null && index.hasEmbeddings()) {
      vector = embedder.embed(List.of(Lexicon.normalize(question.text())))[0];
      rank = 0;
      Set<Long> seen = new java.util.HashSet<>();
      for (PassageIndex.ChunkHit hit : index.nearest(vector, NEAREST_CHUNKS, timeFilter)) {
        if (seen.add(hit.articleId())) {
          fused.merge(hit.articleId(), 1.0 / (RRF_K + rank++), Double::sum);
        }
      }
    }
    Map<Long, Double> articles = new LinkedHashMap<>();
    double best = fused.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    fused.entrySet().stream()
        .sorted(Map.Entry.<Long, Double>comparingByValue().reversed())
        .limit(MAX_ARTICLES)
        .forEach(e -> articles.put(e.getKey(), e.getValue() / best));
    return new Retrieval(articles, idf, documents, vector);
  }

  private static final int RRF_K = 10;

  private static Query timeFilter(TimeFrame time) {
    if (!time.filters()) {
      return null;
    }
    long from = time.from() == null ? Long.MIN_VALUE : time.from().toEpochDay();
    long to = time.to() == null ? Long.MAX_VALUE : time.to().toEpochDay();
    return LongField.newRangeQuery(PassageIndex.PUBLISHED, from, to);
  }

  private static Query boosted(Query query, float boost) {
    return boost == 1f ? query : new BoostQuery(query, boost);
  }
}
