package org.newsbot.answer;

/**
 * The evidence weighed for a sentence as an answer. Each is a number, mostly from 0 to 1; the
 * model (answer-model.properties) gives each a weight fitted on question sets.
 */
enum Feature {
  /** Keyword score of the sentence, as a share of the best sentence's. */
  BM25("bm25"),
  /** Keyword score of the sentence's neighbours, as a share of the best. */
  BM25_NEIGHBOUR("bm25_neighbour"),
  /** Share of the question's words (weighted by rarity) in the sentence. */
  TERMS_SENTENCE("terms_sentence"),
  /** Share of the question's words in the sentence and its neighbours. */
  TERMS_WINDOW("terms_window"),
  /** Share of the question's words in the whole article. */
  TERMS_ARTICLE("terms_article"),
  /** Share of the question's names in the article; 1 when it names none. */
  NAMES_ARTICLE("names_article"),
  /** Share of the words that single out a sentence (not the article's topic) in its window. */
  FOCUS("focus"),
  /** Closeness in meaning of the question to the passage holding the sentence. */
  MEANING_PASSAGE("meaning_passage"),
  /** Closeness in meaning of the question to the article's closest passage. */
  MEANING_ARTICLE("meaning_article"),
  /** The sentence gives an answer of the kind asked for that the question does not hold. */
  KIND("kind"),
  /** The sentence gives a name the question does not hold, when a name is asked for. */
  KIND_NAME("kind_name"),
  /**
   * How near an answer of the kind asked for stands to the question's own words in the sentence:
   * 1 beside one, 1/2 one word away, ..., 0 beyond five words or without either.
   */
  KIND_NEAR("kind_near"),
  /** The next sentence gives the kind asked for and this one does not: the claim takes both. */
  KIND_NEXT("kind_next"),
  /** The sentence names the kind asked for ("player" for "which player"). */
  KIND_WORD("kind_word"),
  /** The question asks for no particular kind. */
  KIND_ANY("kind_any"),
  /** The kind given, times the question's words in the window: both at once. */
  KIND_AND_TERMS("kind_and_terms"),
  /** The kind given, times closeness in meaning. */
  KIND_AND_MEANING("kind_and_meaning"),
  /** The words that single out a sentence, times the kind given: a sentence that says both. */
  FOCUS_AND_KIND("focus_and_kind"),
  /** The sentence's focus as a share of the best focus among all candidates of the question. */
  FOCUS_BEST("focus_best"),
  /** The sentence's closeness in meaning as a share of the closest candidate's. */
  MEANING_BEST("meaning_best"),
  /** Near the start of the article: 1 for the first sentence, 1/2 for the second, ... */
  LEAD("lead"),
  /** The article's place in retrieval: 1 for the first, 1/2 for the second, ... */
  ARTICLE_RANK("article_rank"),
  /** The sentence is itself a question. */
  ASKS("asks"),
  /** The sentence is very short, very long or has no closing punctuation (a heading). */
  FRAGMENT("fragment");

  final String key;

  Feature(String key) {
    this.key = key;
  }

  static final int COUNT = values().length;
}
