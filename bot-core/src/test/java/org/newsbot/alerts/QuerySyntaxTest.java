package org.newsbot.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.apache.lucene.index.memory.MemoryIndex;
import org.junit.jupiter.api.Test;
import org.newsbot.article.Article;

/** Subscription queries: what they match, and a clear message for each kind of mistake. */
class QuerySyntaxTest {
  private static final QuerySyntax SYNTAX = new QuerySyntax(200, 12);

  private static final Article STORM = article("Reuters", "https://www.reuters.com/world/storm", "en",
      "Storm Ciaran floods the coast",
      "Heavy rain and flooding hit the coast of Brittany as the White House offered help.");

  @Test
  void allWordsMustMatchAndFormsOfAWordCount() {
    assertThat(matches("storm flooded", STORM)).isTrue();
    assertThat(matches("storm hurricane", STORM)).isFalse();
  }

  @Test
  void anExactPhraseMatchesOnlyInThatOrder() {
    assertThat(matches("\"white house\"", STORM)).isTrue();
    assertThat(matches("\"house white\"", STORM)).isFalse();
  }

  @Test
  void orBindsTheWordsNextToItAndTheRestStillMustMatch() {
    assertThat(matches("hurricane OR storm coast", STORM)).isTrue();
    assertThat(matches("hurricane OR typhoon coast", STORM)).isFalse();
    assertThat(SYNTAX.parse("storm flood OR rain").describe()).isEqualTo("storm AND (flood OR rain)");
  }

  @Test
  void anExcludedWordOrPhraseVetoesTheArticle() {
    assertThat(matches("storm -football", STORM)).isTrue();
    assertThat(matches("storm -brittany", STORM)).isFalse();
    assertThat(matches("storm -\"white house\"", STORM)).isFalse();
    assertThat(matches("storm NOT brittany", STORM)).isFalse();
  }

  @Test
  void sourceMatchesTheOutletOrTheWebHost() {
    assertThat(matches("storm source:reuters", STORM)).isTrue();
    assertThat(matches("storm source:reuters.com", STORM)).isTrue();
    assertThat(matches("storm source:bbc", STORM)).isFalse();
    assertThat(matches("storm source:bbc source:reuters", STORM)).as("either source").isTrue();
    Article times = article("The New York Times", "https://nytimes.com/a", "en", "Storm", "A storm hit the coast today.");
    assertThat(matches("storm source:\"new york times\"", times)).isTrue();
  }

  @Test
  void langMatchesTheLanguageCode() {
    assertThat(matches("storm lang:en", STORM)).isTrue();
    assertThat(matches("storm lang:EN", STORM)).isTrue();
    assertThat(matches("storm lang:de", STORM)).isFalse();
    Article regional = article("BBC", "https://bbc.co.uk/a", "en-GB", "Storm", "A storm hit the coast today.");
    assertThat(matches("storm lang:en", regional)).isTrue();
  }

  @Test
  void theReadingIsShownBack() {
    assertThat(SYNTAX.parse("  \"climate summit\"   emissions OR coal -sports source:bbc lang:en ").describe())
        .isEqualTo("\"climate summit\" AND (emissions OR coal); not: sports; source: bbc; language: en");
  }

  @Test
  void mistakesGetAMessageSayingWhatToChange() {
    assertError("", "Give the words to watch for");
    assertError("\"white house", "The quote before 'white house' is not closed");
    assertError("storm OR", "ends with OR");
    assertError("OR storm", "OR must stand between two words");
    assertError("storm OR OR rain", "OR must stand between two words");
    assertError("-storm OR rain", "OR must stand between two words");
    assertError("storm OR -rain", "An excluded word cannot be one side of OR");
    assertError("-storm -rain", "at least one word or phrase to look for");
    assertError("source:bbc", "at least one word or phrase to look for");
    assertError("the of", "the, of are too common");
    assertError("author:smith storm", "Unknown filter 'author:'");
    assertError("storm lang:english", "lang: takes a language code");
    assertError("storm source:", "source: needs a value");
    assertError("storm -source:bbc", "A filter cannot be excluded");
    assertError("elect*", "Wildcards");
    assertError("/stor.m/", "Regular expressions are not supported");
    assertError("(storm OR rain) coast", "Parentheses are not supported");
    assertError("storm - rain", "A '-' must be followed directly");
    assertError("storm \"\"", "empty quotes");
    assertError("x".repeat(201), "201 characters long; the limit is 200");
    assertError("a1 a2 a3 a4 a5 a6 a7 a8 a9 a10 a11 a12 a13", "13 words and phrases; the limit is 12");
  }

  @Test
  void commonWordsAreIgnoredBesideSpecificOnes() {
    assertThat(SYNTAX.parse("the storm").describe()).isEqualTo("storm");
  }

  private static void assertError(String query, String message) {
    assertThatThrownBy(() -> SYNTAX.parse(query)).as(query)
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining(message);
  }

  private static boolean matches(String query, Article article) {
    MemoryIndex index = MemoryIndex.fromDocument(MatchFields.document(article), MatchFields.analyzer());
    return index.search(SYNTAX.parse(query).toLucene()) > 0;
  }

  static Article article(String outlet, String url, String language, String title, String body) {
    return new Article(1, null, outlet, url, title, LocalDate.of(2024, 3, 23), language, body, "hash", Instant.EPOCH);
  }
}
