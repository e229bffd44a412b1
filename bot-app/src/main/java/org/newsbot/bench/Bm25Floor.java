package org.newsbot.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The least any answer costs: one BM25 query of the question's words over the sentence text, top
 * 10, on the same index, opened read-only. Timed: analysing the question and searching.
 */
final class Bm25Floor {
  static final String FIELD = "text";
  private static final int TOP = 10;

  private Bm25Floor() {}

  /** Times each question after running the warm-up questions; also returns how many found a hit. */
  static Result measure(Path indexDir, List<String> warmUp, List<String> questions) throws IOException {
    try (Directory directory = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(directory);
        Analyzer analyzer = new EnglishAnalyzer()) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (String question : warmUp) {
        searcher.search(query(analyzer, question), TOP);
      }
      long[] nanos = new long[questions.size()];
      int found = 0;
      for (int i = 0; i < questions.size(); i++) {
        long started = System.nanoTime();
        var top = searcher.search(query(analyzer, questions.get(i)), TOP);
        nanos[i] = System.nanoTime() - started;
        if (top.scoreDocs.length > 0) {
          found++;
        }
      }
      return new Result(new Latency(nanos), found);
    }
  }

  record Result(Latency latency, int withHits) {}

  static Query query(Analyzer analyzer, String question) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    try (TokenStream stream = analyzer.tokenStream(FIELD, new StringReader(question))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        query.add(new TermQuery(new Term(FIELD, term.toString())), BooleanClause.Occur.SHOULD);
      }
      stream.end();
    }
    return query.build();
  }
}
