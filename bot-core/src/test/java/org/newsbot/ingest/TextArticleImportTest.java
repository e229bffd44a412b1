package org.newsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.Newsbot;
import org.newsbot.NewsbotSettings;
import org.newsbot.TestCorpus;
import org.newsbot.article.Article;
import org.newsbot.index.NewsAnalyzer;
import org.newsbot.index.PassageIndex;

/** The plain-text format: the date line, titles, and the site boilerplate that must not be kept. */
class TextArticleImportTest {
  private static final List<String> BOILERPLATE = List.of("The article is in", "Lithuanian", "Tags:",
      "PREV", "NEXT", "Norne Securities", "Ignitis", "electricity supply");

  @TempDir
  Path data;

  @TempDir
  Path files;

  @Test
  void importsEverySeedArticleWithItsFileUrl() {
    try (Newsbot newsbot = Newsbot.open(NewsbotSettings.embedded(data))) {
      ImportReport report = newsbot.importPaths(List.of(TestCorpus.seedArticles()));

      assertThat(report.problems()).isEmpty();
      assertThat(report.files()).isEqualTo(5);
      assertThat(report.added()).isEqualTo(5);
      assertThat(TestCorpus.all(newsbot.articles())).extracting(Article::url)
          .containsExactlyInAnyOrderElementsOf(TestCorpus.seedUrls());
    }
  }

  @Test
  void aDateLineGivesTheDateAndTheLeadGivesTheTitle() {
    Article article = importOne(TestCorpus.seedFile(TestCorpus.DATED));

    assertThat(article.published()).isEqualTo(LocalDate.of(2024, 4, 3));
    assertThat(article.title()).isEqualTo("WP: The United States warned Russia two weeks in advance"
        + " that a terrorist attack would occur in Crocus");
    assertThat(article.body()).doesNotContain("date 2024-04-03").doesNotContain("2024-04-03")
        .startsWith("WP: The United States warned Russia")
        .contains("Sergei Naryshkin")
        .contains("Telegram chats of Tajik migrants");
    assertThat(article.outlet()).isNull();
  }

  @Test
  void withoutADateLineTheDateIsUnknownAndTheFirstLineIsTheTitle() {
    Article article = importOne(TestCorpus.seedFile(TestCorpus.UNDATED_WITH_BOILERPLATE));

    assertThat(article.published()).isNull();
    assertThat(article.title()).isEqualTo("US officials had warned Russia about a specific terrorist target");
    assertThat(article.body()).contains("At least 143 people were killed in the mass shooting")
        .contains("Kyrylo Budanov");
  }

  @Test
  void aTitleRepeatedInTheTextIsKeptOnce() {
    Article article = importOne(TestCorpus.seedFile(TestCorpus.UNDATED_WITH_BOILERPLATE));

    assertThat(occurrences(article.body(), "US officials had warned Russia about a specific terrorist target"))
        .isLessThanOrEqualTo(1);
  }

  @Test
  void trailingSiteBoilerplateIsNotStored() {
    Article article = importOne(TestCorpus.seedFile(TestCorpus.UNDATED_WITH_BOILERPLATE));

    for (String furniture : BOILERPLATE) {
      assertThat(article.body()).as("stored body").doesNotContain(furniture);
    }
    assertThat(article.body().strip())
        .endsWith("Putin was informed about the terror threat no later than February 15.");
  }

  @Test
  void trailingSiteBoilerplateIsNotIndexed() throws Exception {
    try (Newsbot newsbot = Newsbot.open(NewsbotSettings.embedded(data))) {
      newsbot.importPaths(List.of(TestCorpus.seedArticles()));
    }
    try (PassageIndex index = PassageIndex.open(data.resolve("index"))) {
      // a word of the article's last real paragraph is found, so the searches below can find things
      assertThat(hits(index, "Budanov")).isPositive();
      for (String word : List.of("Lithuanian", "Norne", "Ignitis", "Tags", "electricity")) {
        assertThat(hits(index, word)).as("passages with '%s'", word).isZero();
      }
    }
  }

  @Test
  void boilerplateOfASmallFileIsRemovedAndItsArticleTextKept() {
    Path file = TestCorpus.write(files, "floods.txt", """
         date 2024-05-01 Floods hit the river town of Exampleton after days of heavy rain.

        Floods hit the river town of Exampleton after days of heavy rain.

        The river rose four metres overnight and 200 homes were evacuated, the mayor said.

        Rescue teams worked through the night to reach residents stranded on their roofs.

        The article is in Estonian

        Tags: floods river rain Exampleton


        PREV Local team wins the regional cup after a penalty shoot-out
        NEXT Bread prices rise again in the capital
        """);

    Article article = importOne(file);

    assertThat(article.published()).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(article.title()).startsWith("Floods hit the river town of Exampleton");
    assertThat(occurrences(article.body(), "Floods hit the river town")).isEqualTo(1);
    assertThat(article.body()).contains("200 homes were evacuated").contains("stranded on their roofs")
        .doesNotContain("Estonian").doesNotContain("Tags").doesNotContain("PREV")
        .doesNotContain("penalty").doesNotContain("Bread prices");
  }

  @Test
  void windowsLineEndingsReadLikeAnyOther() {
    Path file = TestCorpus.write(files, "crlf.txt", " date 2024-05-02 A bridge over the Example river"
        + " reopened on Thursday.\r\n\r\nEngineers had repaired the cracked pillars over six months of work.\r\n");

    Article article = importOne(file);

    assertThat(article.published()).isEqualTo(LocalDate.of(2024, 5, 2));
    assertThat(article.title()).isEqualTo("A bridge over the Example river reopened on Thursday.");
    assertThat(article.body()).doesNotContain("\r").contains("repaired the cracked pillars");
  }

  private Article importOne(Path file) {
    try (Newsbot newsbot = Newsbot.open(NewsbotSettings.embedded(data))) {
      ImportReport report = newsbot.importPaths(List.of(file));
      assertThat(report.problems()).isEmpty();
      assertThat(report.added()).isEqualTo(1);
      Map<String, Article> stored = TestCorpus.byFileName(newsbot.articles());
      assertThat(stored).containsOnlyKeys(file.getFileName().toString());
      return stored.values().iterator().next();
    }
  }

  private static long hits(PassageIndex index, String word) {
    List<String> terms = NewsAnalyzer.terms(word);
    assertThat(terms).hasSize(1);
    long total = 0;
    for (String field : List.of(PassageIndex.TEXT, PassageIndex.CONTEXT, PassageIndex.TITLE)) {
      total += index.search(new TermQuery(new Term(field, terms.getFirst())), 100).size();
    }
    return total;
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
