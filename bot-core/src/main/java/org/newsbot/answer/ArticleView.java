package org.newsbot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsbot.article.Article;
import org.newsbot.index.NewsAnalyzer;
import org.newsbot.index.Sentences;

/** An article as the answer engine reads it: its quotable sentences and their terms. */
final class ArticleView {
  private static final int LEAD = 2;
  private static final double TOPIC_SPREAD = 0.2;
  final Article article;
  final List<String> sentences = new ArrayList<>();
  final List<Set<String>> sentenceTerms = new ArrayList<>();
  /** Each quotable sentence's place among all the article's sentences: what the index calls its ordinal. */
  final List<Integer> ordinals = new ArrayList<>();
  final Set<String> allTerms = new HashSet<>();
  final Set<String> titleTerms;

  ArticleView(Article article) {
    this.article = article;
    this.titleTerms = new HashSet<>(NewsAnalyzer.terms(article.title() == null ? "" : article.title()));
    allTerms.addAll(titleTerms);
    List<String> all = Sentences.split(article.body());
    for (int i = 0; i < all.size(); i++) {
      String sentence = all.get(i);
      Set<String> terms = new HashSet<>(NewsAnalyzer.terms(sentence));
      allTerms.addAll(terms);
      if (Sentences.quotable(sentence)) {
        sentences.add(sentence);
        sentenceTerms.add(terms);
        ordinals.add(i);
      }
    }
  }

  /** Whether the article is about {@code concept}: its title or lead names it, or many sentences do. */
  boolean topic(Concept concept) {
    if (concept.in(titleTerms)) {
      return true;
    }
    for (int i = 0; i < Math.min(LEAD, sentenceTerms.size()); i++) {
      if (concept.in(sentenceTerms.get(i))) {
        return true;
      }
    }
    return spread(concept) >= TOPIC_SPREAD;
  }

  /** The share of this article's sentences that mention {@code concept}. */
  double spread(Concept concept) {
    if (sentenceTerms.isEmpty()) {
      return 0;
    }
    int with = 0;
    for (Set<String> terms : sentenceTerms) {
      if (concept.in(terms)) {
        with++;
      }
    }
    return (double) with / sentenceTerms.size();
  }
}
