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
  static final String ARTICLE = "article";
  private static final String ORDINAL = "ordinal";
  private static final String OUTLET = "outlet";
  private static final String URL = "url";
  private static final String LANGUAGE = "language";

  private static final String APPLIED_CHANGE = "applied_change";
  private static final String LAYOUT = "layout";
  /** Bump when the documents change shape; an index of another layout is rebuilt. */
  static final String CURRENT_LAYOUT = "1";

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
      IndexWriterConfig config = new IndexWriterConfig(NewsAnalyzer.get())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(64);
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

  /** Searches passages, best first. */
  public List<PassageHit> search(Query query, int limit) {
    return withSearcher(searcher -> {
      TopDocs top = searcher.search(query, limit);
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
    return withSearcher(searcher -> searcher.getIndexReader().numDocs());
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
      doc.add(new StoredField(ORDINAL, i));
      doc.add(new TextField(TEXT, sentence, Field.Store.YES));
      String before = i > 0 ? sentences.get(i - 1) : "";
      String after = i + 1 < sentences.size() ? sentences.get(i + 1) : "";
      doc.add(new TextField(CONTEXT, before + "\n" + after, Field.Store.NO));
      doc.add(new TextField(TITLE, title, Field.Store.YES));
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
