package org.newsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.TestCorpus;
import org.newsbot.article.Article;
import org.newsbot.store.ArticleStore;
import org.newsbot.store.Database;
import org.newsbot.store.SourceStore;

/** A malformed file or line is reported with its file name and line, and everything else imports. */
class MalformedInputTest {
  private static final String GOOD_TEXT = " date 2024-05-01 Floods hit the river town of Exampleton.\n\n"
      + "The river rose four metres overnight and 200 homes were evacuated, the mayor said.\n";

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
  void badJsonLinesAreReportedByLineAndTheOthersImport() {
    Path file = TestCorpus.write(files, "mixed.jsonl", String.join("\n",
        json("ok-1", "2024-03-01"),
        "{\"id\": \"broken\", \"body\": \"The line ends before the object does",
        "{\"id\": \"no-body\", \"title\": \"A title without any text\"}",
        json("bad-date", "2024-13-45"),
        "[\"an\", \"array\"]",
        "",
        "{\"id\": \"blank-body\", \"body\": \"   \"}",
        json("ok-2", "2024-03-02T08:30:00Z")) + "\n");

    ImportReport report = importer.importPaths(List.of(file));

    // an impossible date loses the date, not the article: a warning, not a skipped line
    assertThat(report.added()).isEqualTo(3);
    assertThat(TestCorpus.all(articles)).extracting(Article::url)
        .containsExactlyInAnyOrder(file.toUri() + "#ok-1", file.toUri() + "#bad-date", file.toUri() + "#ok-2");
    assertThat(report.warnings()).singleElement().satisfies(warning -> {
      assertThat(warning.line()).isEqualTo(4);
      assertThat(warning.toString()).contains("mixed.jsonl:4: ").contains("2024-13-45");
    });
    assertThat(report.problems()).extracting(ImportReport.Problem::line).containsExactly(2, 3, 5, 7);
    assertThat(report.problems()).allSatisfy(problem -> {
      assertThat(Path.of(problem.file()).getFileName()).hasToString("mixed.jsonl");
      assertThat(problem.toString()).contains("mixed.jsonl:" + problem.line() + ": ");
    });
    assertThat(report.problems().get(0).message()).startsWith("not JSON");
    assertThat(report.problems().get(1).message()).contains("body");
    assertThat(report.problems().get(2).message()).contains("not a JSON object");
    assertThat(report.problems().get(3).message()).contains("body");
    assertThat(report.summary()).contains("skipped 4 malformed inputs").contains("1 warning");
    assertThat(report.exitCode()).isEqualTo(ImportReport.SKIPPED_MALFORMED);
  }

  @Test
  void aTextFileWithABadDateIsKeptWithAWarningAtLineOne() {
    TestCorpus.write(files, "a-good.txt", GOOD_TEXT);
    TestCorpus.write(files, "bad-date.txt", " date 2024-02-30 A lead that follows an impossible date.\n\n"
        + "The rest of the article is fine and long enough to be an article.\n");

    ImportReport report = importer.importPaths(List.of(files));

    assertThat(report.added()).isEqualTo(2);
    assertThat(report.problems()).isEmpty();
    assertThat(report.exitCode()).isZero();
    assertThat(report.warnings()).singleElement().satisfies(problem -> {
      assertThat(problem.file()).endsWith("bad-date.txt");
      assertThat(problem.line()).isEqualTo(1);
      assertThat(problem.message()).contains("2024-02-30");
    });
    assertThat(TestCorpus.byFileName(articles).get("bad-date.txt").published()).isNull();
  }

  @Test
  void aBinaryFileIsReportedAndTheRestImports() {
    TestCorpus.write(files, "a-good.txt", GOOD_TEXT);
    byte[] binary = new byte[512];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 37);
    }
    TestCorpus.write(files, "picture.txt", binary);
    TestCorpus.write(files, "nul.txt", "Text with a\nNUL \0 byte in its second line, which text never has.\n");

    ImportReport report = importer.importPaths(List.of(files));

    assertThat(report.added()).isEqualTo(1);
    assertThat(report.problems()).hasSize(2);
    assertThat(report.problems()).anySatisfy(problem -> {
      assertThat(problem.file()).endsWith("picture.txt");
      assertThat(problem.line()).isPositive();
    });
    assertThat(report.problems()).anySatisfy(problem -> {
      assertThat(problem.file()).endsWith("nul.txt");
      assertThat(problem.line()).isEqualTo(2);
      assertThat(problem.message()).contains("binary");
    });
  }

  @Test
  void aTextFileThatIsNotUtf8IsReportedAtTheLineOfTheFirstBadByte() {
    TestCorpus.write(files, "a-good.txt", GOOD_TEXT);
    TestCorpus.write(files, "latin1.txt", (" date 2024-05-03 A market opened in the old town.\n\n"
        + "Stalls sold cheese from Zürich and coffee from the café on the square.\n")
        .getBytes(StandardCharsets.ISO_8859_1));

    ImportReport report = importer.importPaths(List.of(files));

    assertThat(report.added()).isEqualTo(1);
    assertThat(report.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.file()).endsWith("latin1.txt");
      assertThat(problem.line()).isEqualTo(3);
      assertThat(problem.message()).contains("UTF-8");
    });
  }

  @Test
  void aJsonLineThatIsNotUtf8IsReportedAndTheOtherLinesImport() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((json("ok-1", "2024-03-01") + "\n").getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(("{\"id\": \"latin1\", \"body\": \"Cheese from Zürich was sold at the café in the"
        + " old town on Saturday.\"}\n").getBytes(StandardCharsets.ISO_8859_1));
    bytes.writeBytes((json("ok-2", "2024-03-02") + "\n").getBytes(StandardCharsets.UTF_8));
    Path file = TestCorpus.write(files, "mixed.jsonl", bytes.toByteArray());

    ImportReport report = importer.importPaths(List.of(file));

    assertThat(report.added()).isEqualTo(2);
    assertThat(report.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.file()).endsWith("mixed.jsonl");
      assertThat(problem.line()).isEqualTo(2);
      assertThat(problem.message()).contains("UTF-8");
    });
    assertThat(TestCorpus.all(articles)).extracting(Article::body).noneMatch(body -> body.contains("\uFFFD"));
  }

  @Test
  void valuesTooLongToStoreAreCutOrReportedAndTheOtherLinesImport() {
    String longTitle = "Breaking ".repeat(200).strip();
    Path file = TestCorpus.write(files, "long.jsonl", String.join("\n",
        json("ok-1", "2024-03-01"),
        "{\"id\": \"long-title\", \"outlet\": \"" + "Outlet ".repeat(50).strip() + "\", \"title\": \""
            + longTitle + "\", \"language\": \"en-GB-x-some-very-long-tag\", \"body\": \"The council"
            + " approved the new budget on Tuesday after a long debate.\"}",
        "{\"id\": \"long-url\", \"url\": \"https://example.org/" + "a".repeat(3000) + "\", \"body\":"
            + " \"The council approved the new budget on Tuesday after a long debate.\"}",
        "{\"id\": \"long-body\", \"body\": \"" + "Word after word. ".repeat(70_000) + "\"}",
        json("ok-2", "2024-03-02")) + "\n");

    ImportReport report = importer.importPaths(List.of(file));

    assertThat(report.problems()).extracting(ImportReport.Problem::line).containsExactly(3, 4);
    assertThat(report.problems().get(0).message()).contains("url");
    assertThat(report.problems().get(1).message()).contains("text");
    assertThat(report.added()).isEqualTo(3);
    Article cut = TestCorpus.all(articles).stream().filter(a -> a.url().endsWith("#long-title")).findFirst()
        .orElseThrow();
    assertThat(longTitle).startsWith(cut.title().replace("…", "").strip());
    assertThat(cut.title().length()).isLessThanOrEqualTo(1000);
    assertThat(cut.outlet().length()).isLessThanOrEqualTo(200);
  }

  @Test
  void anEmptyTextFileIsReported() {
    TestCorpus.write(files, "a-good.txt", GOOD_TEXT);
    TestCorpus.write(files, "empty.txt", "\n\n");

    ImportReport report = importer.importPaths(List.of(files));

    assertThat(report.added()).isEqualTo(1);
    assertThat(report.problems()).singleElement()
        .satisfies(problem -> assertThat(problem.file()).endsWith("empty.txt"));
  }

  @Test
  void filesOfOtherKindsInAFolderAreIgnored() {
    TestCorpus.write(files, "a-good.txt", GOOD_TEXT);
    TestCorpus.write(files, "README.md", "# Notes about these articles\n");
    TestCorpus.write(files, "photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
    TestCorpus.write(files, ".hidden.txt", GOOD_TEXT.replace("Floods", "Storms"));
    TestCorpus.write(files, "nested/b-good.jsonl", json("nested-1", "2024-03-01") + "\n");

    ImportReport report = importer.importPaths(List.of(files));

    assertThat(report.problems()).isEmpty();
    assertThat(report.files()).isEqualTo(2);
    assertThat(report.added()).isEqualTo(2);
  }

  @Test
  void aFileOfAnotherKindNamedExplicitlyIsReported() {
    Path notes = TestCorpus.write(files, "notes.md", "# Notes\n");
    Path good = TestCorpus.write(files, "a-good.txt", GOOD_TEXT);

    ImportReport report = importer.importPaths(List.of(notes, good));

    assertThat(report.added()).isEqualTo(1);
    assertThat(report.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.file()).endsWith("notes.md");
      assertThat(problem.message()).contains(".txt").contains(".jsonl");
    });
  }

  @Test
  void aMissingPathIsReportedAndTheOtherPathsImport() {
    Path good = TestCorpus.write(files, "a-good.txt", GOOD_TEXT);
    Path missing = files.resolve("no-such-folder");

    ImportReport report = importer.importPaths(List.of(missing, good));

    assertThat(report.added()).isEqualTo(1);
    assertThat(report.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.file()).isEqualTo(missing.toString());
      assertThat(problem.message()).contains("no such file");
      assertThat(problem.toString()).startsWith(missing.toString());
    });
  }

  private static String json(String id, String published) {
    return "{\"id\": \"" + id + "\", \"outlet\": \"Test Wire\", \"url\": null, \"title\": \"Story " + id
        + "\", \"published\": \"" + published + "\", \"body\": \"Officials said on Monday that the"
        + " bridge would reopen next week after repairs to its pillars.\"}";
  }
}
