package org.newsbot.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** How many passages of an index carry an embedding, counted on the closed index, read-only. */
final class EmbeddedPassages {
  /** The index's vector field: every embedded passage (window of sentences) is a document with one. */
  static final String VECTOR_FIELD = "vector";

  private EmbeddedPassages() {}

  static int count(Path indexDir) throws IOException {
    try (Directory directory = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return new IndexSearcher(reader).count(new FieldExistsQuery(VECTOR_FIELD));
    }
  }
}
