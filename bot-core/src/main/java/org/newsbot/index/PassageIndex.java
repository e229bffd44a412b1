package org.newsbot.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.newsbot.article.Article;

/**
 * The Lucene index of article sentences. One process writes it; others that open the same folder
 * while it is held get a read-only view that follows the writer's commits. Each commit records the
 * last article change it contains, so the index can catch up with the database after a crash.
 */
public final class PassageIndex implements Closeable {
  public static final String TEXT = "text";
  public static final String CONTEXT = "context";
  public static final String TITLE = "title";
  public static final String PUBLISHED = "published";
  /** The sentence's words as written (lower case, unstemmed): the vocabulary spelling is checked against. */
  public static final String WORDS = "words";
  static final String ARTICLE = "article";
  private static final String ORDINAL = "ordinal";
  private static final String OUTLET = "outlet";
  private static final String URL = "url";
  private static final String LANGUAGE = "language";
  /** What a document is: a sentence, a chunk with its embedding, or an article awaiting embeddings. */
  static final String KIND = "kind";
  static final String SENTENCE = "sentence";
  static final String CHUNK = "chunk";
  static final String PENDING = "pending";
  static final String VECTOR = "vector";
  private static final String VECTOR_BYTES = "vector_bytes";
  private static final String FROM = "from";
  private static final String TO = "to";
  private static final String HASH = "hash";

  private static final String APPLIED_CHANGE = "applied_change";
  private static final String LAYOUT = "layout";
  /** Bump when the documents change shape; an index of another layout is rebuilt. */
  static final String CURRENT_LAYOUT = "4";

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager writerSearchers;
  private DirectoryReader followerReader;

  private PassageIndex(Directory directory, IndexWriter writer) throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.writerSearchers = writer == null ? null : new SearcherManager(writer, null);
  }

  /** Opens the index in {@code dir} for writing, or read-only when another process writes it. */
  public static PassageIndex open(Path dir) {
    try {
      Files.createDirectories(dir);
      Directory directory = FSDirectory.open(dir);
      IndexWriterConfig config = new IndexWriterConfig(NewsAnalyzer.perField())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(128);
      try {
        return new PassageIndex(directory, new IndexWriter(directory, config));
      } catch (LockObtainFailedException held) {
        return new PassageIndex(directory, null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index in " + dir, e);
    }
  }

  /** False when another process holds the index and this one only reads it. */
  public boolean writable() {
    return writer != null;
  }

  /** The last article change this index contains, 0 for a new index. */
  public long appliedChange() {
    return Long.parseLong(commitData().getOrDefault(APPLIED_CHANGE, "0"));
  }

  /** Whether the index was written in the current document layout. */
  public boolean hasCurrentLayout() {
    Map<String, String> data = commitData();
    return data.isEmpty() || CURRENT_LAYOUT.equals(data.get(LAYOUT));
  }

  private Map<String, String> commitData() {
    Map<String, String> data = new HashMap<>();
    if (writer != null) {
      Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
      if (live != null) {
        live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
      }
      return data;
    }
    try {
      DirectoryReader reader = followerReader();
      if (reader != null) {
        data.putAll(reader.getIndexCommit().getUserData());
      }
      return data;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces an article's passages; a null article only removes them. */
  public void replace(long articleId, Article article) {
    requireWriter();
    try {
      Term key = new Term(ARTICLE, Long.toString(articleId));
      if (article == null) {
        writer.deleteDocuments(key);
      } else {
        writer.updateDocuments(key, documents(article));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index article " + articleId, e);
    }
  }

  /** Removes every passage; used before a rebuild from the database. */
  public void clear() {
    requireWriter();
    try {
      writer.deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes the changes durable and visible, recording the last change they include. */
  public void commit(long appliedChange) {
    requireWriter();
    try {
      writer.setLiveCommitData(Map.of(APPLIED_CHANGE, Long.toString(appliedChange),
          LAYOUT, CURRENT_LAYOUT).entrySet());
      writer.commit();
      writerSearchers.maybeRefresh();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the search index", e);
    }
  }

  /** Up to {@code limit} articles whose embeddings are still to be computed, with their content hash. */
  public Map<Long, String> pendingEmbeddings(int limit) {
    return withSearcher(searcher -> {
      Map<Long, String> pending = new java.util.LinkedHashMap<>();
      TopDocs top = searcher.search(new TermQuery(new Term(KIND, PENDING)), limit);
      var stored = searcher.storedFields();
      for (ScoreDoc scoreDoc : top.scoreDocs) {
        Document doc = stored.document(scoreDoc.doc);
        pending.put(Long.parseLong(doc.get(ARTICLE)), doc.get(HASH));
      }
      return pending;
    });
  }

  /** The content hash under which an article awaits embeddings, or null when it does not. */
  public String pendingHash(long articleId) {
    Query query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(ARTICLE, Long.toString(articleId))), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(KIND, PENDING)), BooleanClause.Occur.FILTER)
        .build();
    return withSearcher(searcher -> {
      TopDocs top = searcher.search(query, 1);
      return top.scoreDocs.length == 0 ? null : searcher.storedFields().document(top.scoreDocs[0].doc).get(HASH);
    });
  }

  /** How many articles await embeddings. */
  public int pendingEmbeddingCount() {
    return withSearcher(searcher -> searcher.count(new TermQuery(new Term(KIND, PENDING))));
  }

  /** Whether the index holds any embedded chunk. */
  public boolean hasEmbeddings() {
    return withSearcher(searcher -> searcher.getIndexReader().docFreq(new Term(KIND, CHUNK)) > 0);
  }

  /** Replaces an article's pending marker by its embedded chunks. */
  public void addChunks(long articleId, List<Chunks.Chunk> chunks, float[][] vectors) {
    requireWriter();
    try {
      String id = Long.toString(articleId);
      writer.deleteDocuments(new BooleanQuery.Builder()
          .add(new TermQuery(new Term(ARTICLE, id)), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(KIND, PENDING)), BooleanClause.Occur.FILTER)
          .build());
      List<Document> documents = new ArrayList<>();
      for (int i = 0; i < chunks.size(); i++) {
        Document doc = new Document();
        doc.add(new KeywordField(ARTICLE, id, Field.Store.YES));
        doc.add(new KeywordField(KIND, CHUNK, Field.Store.NO));
        doc.add(new StoredField(FROM, chunks.get(i).from()));
        doc.add(new StoredField(TO, chunks.get(i).to()));
        doc.add(new KnnFloatVectorField(VECTOR, vectors[i], VectorSimilarityFunction.DOT_PRODUCT));
        doc.add(new StoredField(VECTOR_BYTES, toBytes(vectors[i])));
        documents.add(doc);
      }
      writer.addDocuments(documents);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store embeddings of article " + articleId, e);
    }
  }

  /** Commits without moving the applied change: for work that does not follow the change log. */
  public void commitProgress() {
    commit(appliedChange());
  }

  /** A chunk that a vector search found: its article, its sentences, and its closeness. */
  public record ChunkHit(long articleId, int from, int to, float similarity) {}

  /** The chunks nearest to {@code vector}, optionally only those matching {@code filter}. */
  public List<ChunkHit> nearest(float[] vector, int k, Query filter) {
    Query chunks = new TermQuery(new Term(KIND, CHUNK));
    Query within = filter == null ? chunks : new BooleanQuery.Builder()
        .add(chunks, BooleanClause.Occur.FILTER).add(filter, BooleanClause.Occur.FILTER).build();
    return withSearcher(searcher -> {
      TopDocs top = searcher.search(new KnnFloatVectorQuery(VECTOR, vector, k, within), k);
      List<ChunkHit> hits = new ArrayList<>();
      var stored = searcher.storedFields();
      for (ScoreDoc scoreDoc : top.scoreDocs) {
        Document doc = stored.document(scoreDoc.doc);
        // DOT_PRODUCT scores are (1 + cosine) / 2
        hits.add(new ChunkHit(Long.parseLong(doc.get(ARTICLE)), doc.getField(FROM).numericValue().intValue(),
            doc.getField(TO).numericValue().intValue(), 2 * scoreDoc.score - 1));
      }
      return hits;
    });
  }

  /** The embedded chunks of these articles with their closeness to {@code vector}. */
  public List<ChunkHit> similarities(java.util.Collection<Long> articleIds, float[] vector) {
    if (articleIds.isEmpty()) {
      return List.of();
    }
    Query query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(KIND, CHUNK)), BooleanClause.Occur.FILTER)
        .add(new TermInSetQuery(ARTICLE, articleIds.stream().map(id -> new BytesRef(Long.toString(id))).toList()),
            BooleanClause.Occur.FILTER)
        .build();
    return withSearcher(searcher -> {
      TopDocs top = searcher.search(query, 10_000);
      List<ChunkHit> hits = new ArrayList<>();
      var stored = searcher.storedFields();
      for (ScoreDoc scoreDoc : top.scoreDocs) {
        Document doc = stored.document(scoreDoc.doc);
        float[] chunk = fromBytes(doc.getBinaryValue(VECTOR_BYTES).bytes);
        float dot = 0;
        for (int i = 0; i < chunk.length && i < vector.length; i++) {
          dot += chunk[i] * vector[i];
        }
        hits.add(new ChunkHit(Long.parseLong(doc.get(ARTICLE)), doc.getField(FROM).numericValue().intValue(),
            doc.getField(TO).numericValue().intValue(), dot));
      }
      return hits;
    });
  }

  private static byte[] toBytes(float[] vector) {
    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(vector.length * Float.BYTES);
    buffer.asFloatBuffer().put(vector);
    return buffer.array();
  }

  private static float[] fromBytes(byte[] bytes) {
    float[] vector = new float[bytes.length / Float.BYTES];
    java.nio.ByteBuffer.wrap(bytes).asFloatBuffer().get(vector);
    return vector;
  }

  /** Searches passages (sentence documents only), best first. */
  public List<PassageHit> search(Query query, int limit) {
    Query sentences = new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(KIND, SENTENCE)), BooleanClause.Occur.FILTER)
        .build();
    return withSearcher(searcher -> {
      TopDocs top = searcher.search(sentences, limit);
      List<PassageHit> hits = new ArrayList<>(top.scoreDocs.length);
      var stored = searcher.storedFields();
      for (ScoreDoc scoreDoc : top.scoreDocs) {
        hits.add(new PassageHit(passage(stored.document(scoreDoc.doc)), scoreDoc.score));
      }
      return hits;
    });
  }

  /** What a search needs beside the hits: term statistics for weighing a question's words. */
  public interface SearchWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  public <T> T withSearcher(SearchWork<T> work) {
    try {
      if (writerSearchers != null) {
        IndexSearcher searcher = writerSearchers.acquire();
        try {
          return work.run(searcher);
        } finally {
          writerSearchers.release(searcher);
        }
      }
      DirectoryReader reader = followerReader();
      return work.run(new IndexSearcher(reader == null ? emptyReader() : reader));
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    }
  }

  /** The number of passages searchable now. */
  public int size() {
    return withSearcher(searcher -> searcher.count(new TermQuery(new Term(KIND, SENTENCE))));
  }

  private synchronized DirectoryReader followerReader() throws IOException {
    try {
      if (followerReader == null) {
        followerReader = DirectoryReader.open(directory);
      } else {
        DirectoryReader newer = DirectoryReader.openIfChanged(followerReader);
        if (newer != null) {
          followerReader.close();
          followerReader = newer;
        }
      }
    } catch (IndexNotFoundException e) {
      return null;
    }
    return followerReader;
  }

  private static IndexReader emptyReader() throws IOException {
    return new MultiReader();
  }

  private void requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("another newsbot process is writing this search index");
    }
  }

  /** One document per sentence worth quoting; boilerplate and fragments are left out. */
  static List<Document> documents(Article article) {
    List<String> sentences = Sentences.split(article.body());
    List<Document> documents = new ArrayList<>();
    String title = article.title() == null ? "" : article.title();
    for (int i = 0; i < sentences.size(); i++) {
      String sentence = sentences.get(i);
      if (!Sentences.quotable(sentence)) {
        continue;
      }
      Document doc = new Document();
      doc.add(new KeywordField(ARTICLE, Long.toString(article.id()), Field.Store.YES));
      doc.add(new KeywordField(KIND, SENTENCE, Field.Store.NO));
      doc.add(new StoredField(ORDINAL, i));
      doc.add(new TextField(TEXT, sentence, Field.Store.YES));
      doc.add(new Field(WORDS, sentence, NewsAnalyzer.VOCABULARY));
      String before = i > 0 ? sentences.get(i - 1) : "";
      String after = i + 1 < sentences.size() ? sentences.get(i + 1) : "";
      // the title and the neighbouring sentences, searched as one field: the sentence's context
      doc.add(new TextField(CONTEXT, title + "\n" + before + "\n" + after, Field.Store.NO));
      doc.add(new StoredField(TITLE, title));
      if (article.published() != null) {
        doc.add(new LongField(PUBLISHED, article.published().toEpochDay(), Field.Store.YES));
      }
      doc.add(new StoredField(URL, article.url()));
      if (article.outlet() != null) {
        doc.add(new StoredField(OUTLET, article.outlet()));
      }
      if (article.language() != null) {
        doc.add(new StoredField(LANGUAGE, article.language()));
      }
      documents.add(doc);
    }
    if (!documents.isEmpty()) {
      Document marker = new Document();
      marker.add(new KeywordField(ARTICLE, Long.toString(article.id()), Field.Store.YES));
      marker.add(new KeywordField(KIND, PENDING, Field.Store.NO));
      marker.add(new StoredField(HASH, article.contentHash()));
      documents.add(marker);
    }
    return documents;
  }

  private static Passage passage(Document doc) {
    var published = doc.getField(PUBLISHED);
    return new Passage(
        Long.parseLong(doc.get(ARTICLE)),
        doc.getField(ORDINAL).numericValue().intValue(),
        doc.get(TEXT),
        doc.get(TITLE),
        doc.get(OUTLET),
        doc.get(URL),
        published == null ? null : LocalDate.ofEpochDay(published.numericValue().longValue()),
        doc.get(LANGUAGE));
  }

  @Override
  public void close() throws IOException {
    if (writerSearchers != null) {
      writerSearchers.close();
    }
    if (writer != null) {
      writer.close();
    }
    synchronized (this) {
      if (followerReader != null) {
        followerReader.close();
      }
    }
    directory.close();
  }
}
