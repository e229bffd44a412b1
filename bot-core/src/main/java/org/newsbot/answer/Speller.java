package org.newsbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.newsbot.index.NewsAnalyzer;
import org.newsbot.index.PassageIndex;

/**
 * Corrects misspelled words of a question against the index's own vocabulary: a word no article
 * uses is read as the closest word that articles do use ("peple" as "people"), when one is close.
 */
final class Speller {
  private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
  /** Close enough: one edit in a five-letter word, two in a ten-letter one. */
  private static final float ACCURACY = 0.8f;

  private final PassageIndex index;

  Speller(PassageIndex index) {
    this.index = index;
  }

  /** The text with misspellings corrected, and what was corrected. */
  record Result(String text, List<Question.Correction> corrections) {}

  Result correct(String text) {
    return index.withSearcher(searcher -> {
      var reader = searcher.getIndexReader();
      if (reader.numDocs() == 0) {
        return new Result(text, List.of());
      }
      DirectSpellChecker checker = new DirectSpellChecker();
      checker.setAccuracy(ACCURACY);
      List<Question.Correction> corrections = new ArrayList<>();
      StringBuilder out = new StringBuilder();
      Matcher word = WORD.matcher(text);
      int last = 0;
      while (word.find()) {
        String written = word.group();
        String lower = written.toLowerCase(Locale.ROOT);
        String read = written;
        Term term = new Term(PassageIndex.WORDS, lower);
        if (reader.docFreq(term) == 0 && !knownStem(reader, lower)) {
          SuggestWord[] suggestions = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
          if (suggestions.length > 0) {
            read = sameCase(written, suggestions[0].string);
            corrections.add(new Question.Correction(written, read));
          }
        }
        out.append(text, last, word.start()).append(read);
        last = word.end();
      }
      out.append(text.substring(last));
      return new Result(out.toString(), List.copyOf(corrections));
    });
  }

  /** A word whose stem the articles use is no misspelling: "militant" where they say "militants". */
  private static boolean knownStem(org.apache.lucene.index.IndexReader reader, String word) throws java.io.IOException {
    for (String stem : NewsAnalyzer.terms(word)) {
      if (reader.docFreq(new Term(PassageIndex.TEXT, stem)) > 0) {
        return true;
      }
    }
    return false;
  }

  private static String sameCase(String written, String suggestion) {
    return Character.isUpperCase(written.charAt(0))
        ? Character.toUpperCase(suggestion.charAt(0)) + suggestion.substring(1) : suggestion;
  }
}
