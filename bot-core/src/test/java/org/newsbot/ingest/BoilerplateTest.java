package org.newsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What counts as site furniture, and what is article text even though it starts like furniture. */
class BoilerplateTest {
  @Test
  void removesNavigationTagsAndLanguageNotesAfterTheArticle() {
    String body = Boilerplate.clean("Budget talks resume", """
        Budget talks resume on Monday after a week of deadlock.

        The finance minister said a deal was close.

        The article is in Lithuanian

        Tags: budget finance minister

        PREV Norne Securities will analyze the results of Ignitis Group, provide forecasts Business
        NEXT As of April 1, the prices of public electricity supply and natural gas are decreasing
        """);

    assertThat(body).isEqualTo("Budget talks resume on Monday after a week of deadlock.\n\n"
        + "The finance minister said a deal was close.");
  }

  @Test
  void removesCaptionsAndPrompts() {
    String body = Boilerplate.clean("Title", """
        The council approved the budget on Tuesday.

        Photo: Reuters

        Read more: why budgets matter

        Share this article

        Video

        Comments (12)

        The vote was 31 to 12.

        Next article

        Previous: Council elects a new mayor
        """);

    assertThat(body).isEqualTo("The council approved the budget on Tuesday.\n\nThe vote was 31 to 12.");
  }

  @Test
  void keepsSentencesThatStartWithWordsSitesAlsoUseForLinks() {
    List<String> sentences = List.of(
        "Next month's Budget will be the chancellor's eighth since his party came to power in 1997.",
        "Next has said its annual profit will be lower than previously expected.",
        "Previous incumbent David Klein steps down on 16 January.",
        "Video games on consoles and computers proved more popular than ever in 2004.",
        "Share prices fell sharply after the announcement.",
        "Photo evidence presented in court showed the suspect at the scene.");

    for (String sentence : sentences) {
      assertThat(Boilerplate.isNoise(sentence)).as(sentence).isFalse();
    }
  }

  @Test
  void aSentenceStartingWithNextLateInTheArticleDoesNotCutTheRest() {
    String body = Boilerplate.clean("Retailer cuts prices", """
        The retailer cut prices across its stores on Monday.

        Analysts said the cuts were meant to clear stock.

        Next month's results will show whether the strategy worked.

        The company's shares rose 2% in early trading.
        """);

    assertThat(body).contains("Next month's results").endsWith("The company's shares rose 2% in early trading.");
  }
}
