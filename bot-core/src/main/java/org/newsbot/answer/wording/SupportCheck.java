package org.newsbot.answer.wording;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbot.answer.AnswerText;
import org.newsbot.answer.Claim;
import org.newsbot.index.NewsAnalyzer;

/**
 * Checks reworded sentences against the claims they were made from. Each sentence may cite only
 * the sources given; every number in it must be written in a claim it cites, and every word that
 * carries meaning must be one of those claims' words (up to inflection: "killed" for "kill"). Only
 * grammar words and a few words of attribution ("according to reports") may be added. Negations,
 * hedges ("over", "nearly", "at least") and modal verbs count as meaning, so they too must come from
 * the claims. Every cited source must back something the sentence says, and every claim must be
 * restated.
 */
final class SupportCheck {
  private static final Set<String> GRAMMAR = Set.of(
      "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with",
      "as", "into", "onto", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
      "do", "does", "did", "it", "its", "this", "that", "these", "those", "there", "their", "they",
      "them", "he", "him", "his", "she", "her", "we", "our", "who", "whom", "whose", "which", "what",
      "where", "when", "while", "also", "both", "then", "so", "than", "such");
  private static final Set<String> ATTRIBUTION = Set.of(
      "according", "report", "reports", "reported", "reporting", "say", "says", "said", "source",
      "sources", "outlet", "outlets", "article", "articles");
  private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
      Map.entry("zero", "0"), Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"),
      Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
      Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"),
      Map.entry("twelve", "12"), Map.entry("thirteen", "13"), Map.entry("fourteen", "14"),
      Map.entry("fifteen", "15"), Map.entry("sixteen", "16"), Map.entry("seventeen", "17"),
      Map.entry("eighteen", "18"), Map.entry("nineteen", "19"), Map.entry("twenty", "20"));
  /** A figure: digits with thousands separators or a decimal part ("1,200", "3.5"). */
  private static final Pattern FIGURE = Pattern.compile("\\d+(?:[.,]\\d+)*");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern THOUSANDS = Pattern.compile("^\\d{1,3}(?:,\\d{3})+$");

  private SupportCheck() {}

  /** What a text states: its meaningful words (stem to the word as written) and its figures, in order. */
  record Content(Map<String, String> words, Set<String> figures) {
    boolean isEmpty() {
      return words.isEmpty() && figures.isEmpty();
    }

    boolean sharesAnythingWith(Content other) {
      return words.keySet().stream().anyMatch(other.words::containsKey)
          || figures.stream().anyMatch(other.figures::contains);
    }
  }

  static void check(List<Claim> claims, List<Claim> sentences) throws RejectedWording {
    Set<Integer> given = new HashSet<>();
    List<Content> claimContent = new ArrayList<>();
    for (Claim claim : claims) {
      given.addAll(claim.sources());
      claimContent.add(content(claim.text()));
    }
    if (sentences.size() > 2 * claims.size()) {
      throw new RejectedWording(sentences.size() + " sentences for " + claims.size() + " claims");
    }
    Set<Integer> restated = new HashSet<>();
    for (Claim sentence : sentences) {
      for (int ref : sentence.sources()) {
        if (!given.contains(ref)) {
          throw new RejectedWording("'" + CitedSentences.excerpt(sentence.text()) + "' cites [" + ref
              + "], a source it was not given");
        }
      }
      Content said = content(sentence.text());
      if (said.isEmpty()) {
        throw new RejectedWording("'" + CitedSentences.excerpt(sentence.text()) + "' says nothing");
      }
      Set<String> words = new HashSet<>();
      Set<String> figures = new HashSet<>();
      List<Integer> cited = new ArrayList<>();
      for (int c = 0; c < claims.size(); c++) {
        if (claims.get(c).sources().stream().anyMatch(sentence.sources()::contains)) {
          cited.add(c);
          words.addAll(claimContent.get(c).words().keySet());
          figures.addAll(claimContent.get(c).figures());
        }
      }
      for (String figure : said.figures()) {
        if (!figures.contains(figure)) {
          throw new RejectedWording("'" + CitedSentences.excerpt(sentence.text()) + "' states " + figure
              + ", which the claims it cites do not");
        }
      }
      for (Map.Entry<String, String> word : said.words().entrySet()) {
        if (!words.contains(word.getKey())) {
          throw new RejectedWording("'" + CitedSentences.excerpt(sentence.text()) + "' says '" + word.getValue()
              + "', which the claims it cites do not");
        }
      }
      for (int ref : sentence.sources()) {
        boolean backs = cited.stream()
            .anyMatch(c -> claims.get(c).sources().contains(ref) && said.sharesAnythingWith(claimContent.get(c)));
        if (!backs) {
          throw new RejectedWording("'" + CitedSentences.excerpt(sentence.text()) + "' cites [" + ref
              + "] for nothing that source's claims say");
        }
      }
      cited.stream().filter(c -> said.sharesAnythingWith(claimContent.get(c))).forEach(restated::add);
    }
    for (int c = 0; c < claims.size(); c++) {
      if (!restated.contains(c)) {
        throw new RejectedWording("the claim citing " + AnswerText.marks(claims.get(c).sources())
            + " is left out");
      }
    }
  }

  static Content content(String text) {
    Set<String> figures = new LinkedHashSet<>();
    Matcher figure = FIGURE.matcher(text);
    while (figure.find()) {
      figures.add(figure(figure.group()));
    }
    Map<String, String> words = new LinkedHashMap<>();
    Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (word.find()) {
      String w = word.group();
      if (NUMBER_WORDS.containsKey(w)) {
        figures.add(NUMBER_WORDS.get(w));
      } else if (w.length() > 1 && !GRAMMAR.contains(w) && !ATTRIBUTION.contains(w)) {
        words.putIfAbsent(stem(w), w);
      }
    }
    return new Content(words, figures);
  }

  /** "1,200" and "1200" are one figure, as are "07" and "7"; "3.5" stays itself. */
  private static String figure(String text) {
    String digits = THOUSANDS.matcher(text).matches() ? text.replace(",", "") : text;
    return digits.replaceFirst("^0+(?=\\d)", "");
  }

  /** The word's index stem, or the word itself where the analyzer drops it ("not", "no", "will"). */
  private static String stem(String word) {
    List<String> terms = NewsAnalyzer.terms(word);
    return terms.isEmpty() ? word : terms.get(0);
  }
}
