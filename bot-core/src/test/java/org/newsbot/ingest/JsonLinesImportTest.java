package org.newsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.TestCorpus;
import org.newsbot.article.Article;
import org.newsbot.store.ArticleStore;
import org.newsbot.store.Database;
import org.newsbot.store.SourceStore;

/** JSON Lines import: the corpus fields, URLs for lines without one, and dates with a time part. */
class JsonLinesImportTest {
  @TempDir
  Path data;

  @TempDir
  Path files;

  private Database database;
  private ArticleStore articles;
  private FileImporter importer;

  @BeforeEach
  void open() {
    database = Database.open(Database.embeddedUrl(data), null, null);
    articles = new ArticleStore(database);
    importer = new FileImporter(articles, new SourceStore(database));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void readsTheFieldsOfALine() {
    Path file = TestCorpus.write(files, "news.jsonl", """
        {"id": "wn-1", "dataset": "test", "outlet": "Wikinews", "url": "https://en.wikinews.org/wiki/Example_flood", "title": "Floods hit Exampleton", "published": "2019-01-04", "authors": ["A. Writer"], "category": ["weather"], "language": "en", "body": "The river rose four metres overnight and 200 homes were evacuated, the mayor said.\\n\\nRescue teams worked through the night."}
        """);

    ImportReport report = importer.importPaths(List.of(file));

    assertThat(report.problems()).isEmpty();
    assertThat(report.added()).isEqualTo(1);
    Article article = TestCorpus.all(articles).getFirst();
    assertThat(article.outlet()).isEqualTo("Wikinews");
    assertThat(article.url()).isEqualTo("https://en.wikinews.org/wiki/Example_flood");
    assertThat(article.title()).isEqualTo("Floods hit Exampleton");
    assertThat(article.published()).isEqualTo(LocalDate.of(2019, 1, 4));
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.body()).contains("200 homes were evacuated").contains("Rescue teams worked");
    assertThat(article.contentHash()).hasSize(64);
    assertThat(article.sourceId()).isNotNull();
  }

  @Test
  void aLineWithoutUrlGetsTheFileUriAndItsId() {
    Path file = TestCorpus.write(files, "reuters.jsonl", """
        {"id": "reuters-7", "outlet": "Reuters", "url": null, "title": "COCOA REVIEW", "published": "1987-02-26T15:01:01", "body": "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought."}
        {"id": "reuters-8", "outlet": "Reuters", "title": "GRAIN REVIEW", "published": "1987-02-27", "body": "Grain shipments rose sharply in the week to February 26, traders said on Friday."}
        """);

    importer.importPaths(List.of(file));

    Map<String, Article> byUrl = TestCorpus.all(articles).stream()
        .collect(Collectors.toMap(Article::url, article -> article));
    String fileUri = file.toUri().toString();
    assertThat(fileUri).startsWith("file:");
    assertThat(byUrl).containsOnlyKeys(fileUri + "#reuters-7", fileUri + "#reuters-8");
    assertThat(byUrl.get(fileUri + "#reuters-7").published()).isEqualTo(LocalDate.of(1987, 2, 26));
    assertThat(byUrl.get(fileUri + "#reuters-8").published()).isEqualTo(LocalDate.of(1987, 2, 27));
  }

  @Test
  void withoutTitleOrDateTheTitleComesFromTheBodyAndTheDateIsUnknown() {
    Path file = TestCorpus.write(files, "bbc.jsonl", """
        {"id": "bbc-1", "outlet": "BBC News", "url": null, "title": null, "published": null, "body": "Quarterly profits at the media group jumped 76% to $1.13bn for the three months to December. The firm is now one of the biggest investors in a search company."}
        """);

    importer.importPaths(List.of(file));

    Article article = TestCorpus.all(articles).getFirst();
    assertThat(article.published()).isNull();
    assertThat(article.title()).isEqualTo("Quarterly profits at the media group jumped 76% to $1.13bn for the"
        + " three months to December");
    assertThat(article.outlet()).isEqualTo("BBC News");
  }

  @Test
  void readsWindowsLineEndingsAByteOrderMarkAndALastLineWithoutNewline() {
    Path file = TestCorpus.write(files, "windows.jsonl", "\uFEFF"
        + "{\"id\": \"w-1\", \"title\": \"Port strike ends\", \"body\": \"Dock workers returned on Friday.\"}\r\n"
        + "\r\n"
        + "{\"id\": \"w-2\", \"title\": \"Harvest up\", \"body\": \"The wheat harvest rose by a tenth.\"}");

    ImportReport report = importer.importPaths(List.of(file));

    assertThat(report.problems()).isEmpty();
    assertThat(TestCorpus.all(articles)).extracting(Article::title).containsExactly("Port strike ends", "Harvest up");
    assertThat(TestCorpus.all(articles)).extracting(Article::body).noneMatch(body -> body.contains("\r"));
  }

  @Test
  void importsLinesOfEachSharedCorpus() throws IOException {
    Path shared = TestCorpus.seedArticles().getParent();
    int lines = 0;
    try (Stream<Path> corpora = Files.list(shared)) {
      for (Path corpus : corpora.filter(path -> path.toString().endsWith(".jsonl")).sorted().toList()) {
        List<String> head;
        try (Stream<String> all = Files.lines(corpus, StandardCharsets.UTF_8)) {
          head = all.limit(3).toList();
        }
        TestCorpus.write(files, corpus.getFileName().toString(), String.join("\n", head) + "\n");
        lines += head.size();
      }
    }
    assertThat(lines).isGreaterThanOrEqualTo(12);

    ImportReport report = importer.importPaths(List.of(files));

    assertThat(report.problems()).isEmpty();
    assertThat(report.added()).isEqualTo(lines);
    assertThat(TestCorpus.all(articles)).allSatisfy(article -> {
      assertThat(article.outlet()).isNotBlank();
      assertThat(article.title()).isNotBlank();
      assertThat(article.body()).isNotBlank();
      assertThat(article.url()).matches("(https?|file):.+");
    });
  }

  /** Dates as real exports write them, and garbage: every article is kept, each bad date warned of once. */
  @Test
  void everyArticleIsKeptWhateverItsDateSays() {
    String[] published = {"2023/07/27", "27.07.2023", "Thu, 27 Jul 2023 18:30:00 +0200", "27 Jul 2023",
        "2023-07-27T18:30:00Z", "soon", "n/a", "9999-12-31", "+99999-01-01", "-0002-12-30", "1850-06-01", ""};
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < published.length; i++) {
      lines.append("{\"id\": \"d").append(i).append("\", \"published\": \"").append(published[i])
          .append("\", \"body\": \"Article ").append(i).append(" says the harbour reopened after the storm.\"}\n");
    }
    Path file = TestCorpus.write(files, "dates.jsonl", lines.toString());

    ImportReport report = importer.importPaths(List.of(file));

    assertThat(report.added()).isEqualTo(published.length);
    assertThat(report.problems()).isEmpty();
    assertThat(report.exitCode()).isEqualTo(ImportReport.OK);
    // one warning per unreadable or impossible date, on its line; none for the empty one
    assertThat(report.warnings()).extracting(ImportReport.Problem::line).containsExactly(6, 7, 8, 9, 10, 11);
    assertThat(report.warnings()).allSatisfy(w -> assertThat(w.toString()).startsWith(file + ":" + w.line() + ": "));
    Map<String, LocalDate> dates = new java.util.HashMap<>();
    TestCorpus.all(articles).forEach(a -> dates.put(a.url().substring(a.url().indexOf('#') + 1),
        a.published()));
    for (int i = 0; i < 5; i++) {
      assertThat(dates.get("d" + i)).as(published[i]).isEqualTo(LocalDate.of(2023, 7, 27));
    }
    for (int i = 5; i < published.length; i++) {
      assertThat(dates).containsEntry("d" + i, null);
    }
  }

  @Test
  void aMissingInputHasAnExitCodeOfItsOwn() {
    Path good = TestCorpus.write(files, "good.jsonl", "{\"id\": \"g\", \"body\": \"The bridge opened on Monday.\"}\n");
    Path bad = TestCorpus.write(files, "bad.jsonl", "{\"id\": \"b\"}\n");

    assertThat(importer.importPaths(List.of(good)).exitCode()).isEqualTo(ImportReport.OK);
    assertThat(importer.importPaths(List.of(bad)).exitCode()).isEqualTo(ImportReport.SKIPPED_MALFORMED);
    ImportReport missing = importer.importPaths(List.of(bad, files.resolve("no-such.jsonl")));
    assertThat(missing.exitCode()).isEqualTo(ImportReport.UNREADABLE_INPUT);
    assertThat(missing.problems()).anySatisfy(p -> assertThat(p.toString()).contains("no-such.jsonl: no such file"));
  }
}
