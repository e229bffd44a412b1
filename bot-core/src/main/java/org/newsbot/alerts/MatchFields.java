package org.newsbot.alerts;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.newsbot.article.Article;
import org.newsbot.ingest.Languages;

/**
 * The fields an article offers to subscriptions, and how each is analysed: its words with English
 * stemming (as in search), its outlet and host, and its language code.
 */
final class MatchFields {
  static final String TEXT = "text";
  static final String SOURCE = "source";
  static final String LANG = "lang";

  /** Keeps a phrase from matching across the end of the title and the start of the body. */
  private static final int FIELD_GAP = 100;

  private static final Analyzer ANALYZER = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
    private final Map<String, Analyzer> byField = Map.of(
        TEXT, new EnglishAnalyzer(), SOURCE, new StandardAnalyzer(), LANG, new KeywordAnalyzer());

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
      return byField.getOrDefault(fieldName, byField.get(TEXT));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
      return FIELD_GAP;
    }
  };

  private MatchFields() {}

  static Analyzer analyzer() {
    return ANALYZER;
  }

  /** The article as the monitor sees it. */
  static Document document(Article article) {
    return document(article, true);
  }

  /**
   * The article as the monitor sees it; {@code detectLanguage} says whether to detect the language
   * of an article stored without one (it costs a few milliseconds, so only when a query asks).
   */
  static Document document(Article article, boolean detectLanguage) {
    Document doc = new Document();
    if (article.title() != null && !article.title().isBlank()) {
      doc.add(new TextField(TEXT, article.title(), Field.Store.NO));
    }
    doc.add(new TextField(TEXT, article.body(), Field.Store.NO));
    for (String source : sourceNames(article)) {
      doc.add(new TextField(SOURCE, source, Field.Store.NO));
    }
    String language = detectLanguage ? languageOf(article) : article.language();
    if (language != null && !language.isBlank()) {
      doc.add(new TextField(LANG, language(language), Field.Store.NO));
    }
    return doc;
  }

  /** The language the article was stored with; detected from its text when it came without one. */
  static String languageOf(Article article) {
    if (article.language() != null && !article.language().isBlank()) {
      return article.language();
    }
    return Languages.detect(article.title() == null ? article.body() : article.title() + "\n" + article.body());
  }

  /** What {@code source:} may name: the outlet, the web host, and the host's parts (bbc of bbc.co.uk). */
  static List<String> sourceNames(Article article) {
    List<String> names = new ArrayList<>();
    if (article.outlet() != null && !article.outlet().isBlank()) {
      names.add(article.outlet());
    }
    try {
      String host = URI.create(article.url()).getHost();
      if (host != null) {
        host = host.startsWith("www.") ? host.substring(4) : host;
        names.add(host);
        names.add(host.replace('.', ' '));
      }
    } catch (IllegalArgumentException e) {
      // not a URI: the outlet is all there is
    }
    return names;
  }

  /** A language code as stored and as queried: {@code EN}, {@code en-GB} and {@code en} are all "en". */
  static String language(String code) {
    String lower = code.strip().toLowerCase(Locale.ROOT);
    int dash = lower.indexOf('-');
    int underscore = lower.indexOf('_');
    int cut = dash < 0 ? underscore : underscore < 0 ? dash : Math.min(dash, underscore);
    return cut < 0 ? lower : lower.substring(0, cut);
  }

  /** A token of analysed text and its position relative to the first. */
  record Token(String term, int position) {}

  /** The tokens {@code text} gives in {@code field}, with positions (stop words leave gaps). */
  static List<Token> tokens(String field, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = ANALYZER.tokenStream(field, new StringReader(text))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(new Token(term.toString(), position));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!tokens.isEmpty() && tokens.getFirst().position() > 0) {
      int first = tokens.getFirst().position();
      tokens.replaceAll(token -> new Token(token.term(), token.position() - first));
    }
    return tokens;
  }
}
