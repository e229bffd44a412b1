package org.newsbot.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The analyzer of passages and questions: English stemming and stop words. */
public final class NewsAnalyzer {
  private static final Analyzer ANALYZER = new EnglishAnalyzer();

  private NewsAnalyzer() {}

  public static Analyzer get() {
    return ANALYZER;
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
