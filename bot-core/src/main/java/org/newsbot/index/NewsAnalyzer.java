package org.newsbot.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The analyzer of passages and questions: English stemming and stop words. */
public final class NewsAnalyzer {
  private static final Analyzer ANALYZER = new EnglishAnalyzer();
  /** Words as written, lower-cased, every one kept: what a misspelled word is corrected to. */
  private static final Analyzer WORDS = new StandardAnalyzer(CharArraySet.EMPTY_SET);
  private static final Analyzer PER_FIELD = new PerFieldAnalyzerWrapper(ANALYZER, Map.of(PassageIndex.WORDS, WORDS));

  /** The vocabulary field: searched for no score, only whether and how often a word occurs. */
  static final FieldType VOCABULARY = new FieldType();

  static {
    VOCABULARY.setTokenized(true);
    VOCABULARY.setOmitNorms(true);
    VOCABULARY.setIndexOptions(IndexOptions.DOCS);
    VOCABULARY.freeze();
  }

  private NewsAnalyzer() {}

  public static Analyzer get() {
    return ANALYZER;
  }

  /** The analyzer of index documents: English for the text fields, plain words for the vocabulary. */
  static Analyzer perField() {
    return PER_FIELD;
  }

  /** The index terms of {@code text}, in order, with repeats. */
  public static List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = ANALYZER.tokenStream(PassageIndex.TEXT, new StringReader(text))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
