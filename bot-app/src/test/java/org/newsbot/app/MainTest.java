package org.newsbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: import, ask (text, --json, --questions), reindex, and where the data lives. */
class MainTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ANSWERABLE = "Who claimed responsibility for the Crocus City Hall attack?";
  private static final String UNRELATED = "What is the capital of Australia?";

  /** A data folder with the seed articles imported once for the tests that only ask. */
  @TempDir
  static Path seeded;

  @TempDir
  Path data;

  @TempDir
  Path files;

  @BeforeAll
  static void importSeed() {
    Cli.Result result = Cli.run("--data", seeded.toString(), "import", Cli.seedArticles().toString());
    assertThat(result.code()).as(result.err()).isZero();
  }

  @Test
  void importReportsWhatItAdded() {
    Cli.Result first = Cli.run("--data", data.toString(), "import", Cli.seedArticles().toString());
    Cli.Result again = Cli.run("--data", data.toString(), "import", Cli.seedArticles().toString());

    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).contains("Imported 5 new articles").contains("from 5 files");
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("Imported 0 new articles").contains("5 unchanged");
    assertThat(data.resolve("index")).isDirectory();
  }

  @Test
  void importReportsMalformedInputOnStandardErrorAndImportsTheRest() throws IOException {
    Files.writeString(files.resolve("good.txt"), " date 2024-05-01 Floods hit the river town of Exampleton.\n\n"
        + "The river rose four metres overnight and 200 homes were evacuated.\n");
    Files.writeString(files.resolve("wire.jsonl"), "{\"id\": \"1\", \"body\": \"An article that is fine.\"}\n"
        + "{not json}\n");

    Cli.Result result = Cli.run("--data", data.toString(), "import", files.toString());

    assertThat(result.code()).isEqualTo(3);
    assertThat(result.out()).contains("Imported 2 new articles");
    assertThat(result.err()).contains("skipped " + files.resolve("wire.jsonl") + ":2: not JSON");

    // a missing input has an exit code of its own; what exists still imports
    Files.writeString(files.resolve("wire.jsonl"), "{\"id\": \"2\", \"body\": \"Another article that is fine.\"}\n");
    Cli.Result missing = Cli.run("--data", data.toString(), "import", files.resolve("wire.jsonl").toString(),
        files.resolve("missing.txt").toString());
    assertThat(missing.code()).isEqualTo(4);
    assertThat(missing.out()).contains("Imported 1 new article");
    assertThat(missing.err()).contains("skipped " + files.resolve("missing.txt") + ": no such file");
  }

  @Test
  void anImportWhoseDatesCannotBeReadKeepsEveryArticleWarnsAndSucceeds() throws IOException {
    Files.writeString(files.resolve("dates.jsonl"), String.join("\n",
        "{\"id\": \"1\", \"published\": \"2023/07/27\", \"body\": \"The port reopened on Thursday.\"}",
        "{\"id\": \"2\", \"published\": \"27.07.2023\", \"body\": \"The ferry ran again on Thursday.\"}",
        "{\"id\": \"3\", \"published\": \"Thu, 27 Jul 2023 08:00:00 GMT\", \"body\": \"Trains ran late.\"}",
        "{\"id\": \"4\", \"published\": \"sometime\", \"body\": \"The bridge stayed shut.\"}") + "\n");

    Cli.Result result = Cli.run("--data", data.toString(), "import", files.resolve("dates.jsonl").toString());

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).contains("Imported 4 new articles").contains("1 warning");
    assertThat(result.err()).containsOnlyOnce("warning " + files.resolve("dates.jsonl") + ":4: ")
        .contains("sometime").doesNotContain(":1: ").doesNotContain(":2: ").doesNotContain(":3: ");
  }

  @Test
  void askJsonPrintsThePublicShape() throws IOException {
    Cli.Result result = Cli.run("--data", seeded.toString(), "ask", "--json", ANSWERABLE);

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.lines()).hasSize(1);
    JsonNode answer = JSON.readTree(result.out());
    assertThat(fieldNames(answer)).containsExactlyInAnyOrder("question", "answered", "text", "notes", "claims",
        "sources", "conflicts", "confidence");
    assertThat(answer.get("question").asText()).isEqualTo(ANSWERABLE);
    assertThat(answer.get("answered").isBoolean()).isTrue();
    assertThat(answer.get("answered").asBoolean()).isTrue();
    assertThat(answer.get("text").isTextual()).isTrue();
    assertThat(answer.get("conflicts").isArray()).isTrue();

    List<String> seedUrls = seedUrls();
    List<Integer> refs = new ArrayList<>();
    assertThat(answer.get("sources").isArray()).isTrue();
    assertThat(answer.get("sources")).isNotEmpty();
    for (JsonNode source : answer.get("sources")) {
      assertThat(fieldNames(source)).containsExactlyInAnyOrder("ref", "article_id", "outlet", "title", "url",
          "published");
      assertThat(source.get("ref").isInt()).isTrue();
      refs.add(source.get("ref").asInt());
      assertThat(source.get("article_id").isTextual()).isTrue();
      assertThat(source.get("outlet").isNull() || source.get("outlet").isTextual()).isTrue();
      assertThat(source.get("title").isNull() || source.get("title").isTextual()).isTrue();
      assertThat(source.get("url").asText()).isIn(seedUrls);
      JsonNode published = source.get("published");
      assertThat(published.isNull() || published.asText().matches("\\d{4}-\\d{2}-\\d{2}"))
          .as("published %s", published).isTrue();
      assertThat(answer.get("text").asText()).contains(source.get("url").asText());
    }
    assertThat(answer.get("claims").isArray()).isTrue();
    assertThat(answer.get("claims")).isNotEmpty();
    for (JsonNode claim : answer.get("claims")) {
      assertThat(fieldNames(claim)).containsExactlyInAnyOrder("text", "sources");
      assertThat(claim.get("text").asText()).isNotBlank();
      assertThat(claim.get("sources")).isNotEmpty();
      for (JsonNode ref : claim.get("sources")) {
        assertThat(ref.isInt()).isTrue();
        assertThat(refs).contains(ref.asInt());
      }
    }
  }

  @Test
  void askJsonDeclinesAnUnrelatedQuestion() throws IOException {
    Cli.Result result = Cli.run("--data", seeded.toString(), "ask", "--json", UNRELATED);

    assertThat(result.code()).isZero();
    JsonNode answer = JSON.readTree(result.out());
    assertThat(answer.get("answered").asBoolean()).isFalse();
    assertThat(answer.get("claims")).isEmpty();
    assertThat(answer.get("sources")).isEmpty();
    assertThat(answer.get("text").asText()).isNotBlank();
  }

  @Test
  void askPrintsTheAnswerWithNumberedSources() {
    Cli.Result result = Cli.run("--data", seeded.toString(), "ask", "Who", "claimed", "responsibility", "for",
        "the", "Crocus", "City", "Hall", "attack?");

    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("[1]").contains("\nSources:\n[1] ").contains("file:");
  }

  @Test
  void askQuestionsJsonPrintsOneObjectPerLine() throws IOException {
    Path questions = Files.writeString(files.resolve("questions.txt"), ANSWERABLE + "\n\n" + UNRELATED + "\n"
        + "When was the Crocus City Hall attack?\n");

    Cli.Result result = Cli.run("--data", seeded.toString(), "ask", "--questions", questions.toString(), "--json");

    assertThat(result.code()).as(result.err()).isZero();
    String[] lines = result.lines();
    assertThat(lines).hasSize(3);
    List<String> asked = new ArrayList<>();
    for (String line : lines) {
      JsonNode answer = JSON.readTree(line);
      assertThat(answer.isObject()).isTrue();
      assertThat(answer.has("answered")).isTrue();
      asked.add(answer.get("question").asText());
    }
    assertThat(asked).containsExactly(ANSWERABLE, UNRELATED, "When was the Crocus City Hall attack?");
  }

  @Test
  void askQuestionsAsTextLabelsEachAnswer() throws IOException {
    Path questions = Files.writeString(files.resolve("questions.txt"), ANSWERABLE + "\n" + UNRELATED + "\n");

    Cli.Result result = Cli.run("--data", seeded.toString(), "ask", "--questions", questions.toString());

    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("Q: " + ANSWERABLE).contains("Q: " + UNRELATED);
  }

  @Test
  void everySubcommandExplainsItselfWithHelp() {
    for (String command : List.of("ask", "import", "sources", "eval", "bench", "subscribe")) {
      Cli.Result result = Cli.run(command, "--help");

      assertThat(result.code()).as(command).isZero();
      assertThat(result.out()).as(command).contains("Usage: newsbot " + command).contains("--help");
    }
  }

  @Test
  void askWithoutAQuestionSaysWhatIsMissing() {
    Cli.Result result = Cli.run("--data", data.toString(), "ask");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("give a question");
  }

  @Test
  void anOverLongQuestionIsRefusedWithTheLimitAndAFailingStatus() throws IOException {
    String tooLong = "Why " + "x".repeat(600) + "?";
    Path questions = Files.writeString(files.resolve("questions.txt"), ANSWERABLE + "\n" + tooLong + "\n");

    Cli.Result alone = Cli.run("--data", seeded.toString(), "ask", tooLong);
    Cli.Result inBatch = Cli.run("--data", seeded.toString(), "ask", "--json", "--questions", questions.toString());

    assertThat(alone.code()).isEqualTo(2);
    assertThat(alone.out()).isEmpty();
    assertThat(alone.err()).contains("longer than 500 characters");
    assertThat(inBatch.code()).isEqualTo(2);
    assertThat(inBatch.lines()).hasSize(1);
    assertThat(JSON.readTree(inBatch.lines()[0]).get("question").asText()).isEqualTo(ANSWERABLE);
  }

  @Test
  void askWithAMissingQuestionsFileSaysWhichFile() {
    Path missing = files.resolve("no-questions.txt");

    Cli.Result result = Cli.run("--data", data.toString(), "ask", "--questions", missing.toString());

    assertThat(result.code()).isNotZero();
    assertThat(result.err()).contains(missing.toString()).containsIgnoringCase("no such file");
  }

  @Test
  void reindexRebuildsTheIndexFromTheDatabase() throws IOException {
    Cli.run("--data", data.toString(), "import", Cli.seedArticles().toString());
    deleteRecursively(data.resolve("index"));

    Cli.Result reindex = Cli.run("--data", data.toString(), "reindex");

    assertThat(reindex.code()).as(reindex.err()).isZero();
    assertThat(reindex.out()).contains("Reindexed 5 articles");
    JsonNode answer = JSON.readTree(Cli.run("--data", data.toString(), "ask", "--json", ANSWERABLE).out());
    assertThat(answer.get("answered").asBoolean()).isTrue();
  }

  @Test
  void theDataFolderComesFromTheOptionAfterTheCommandOrTheEnvironment() {
    Path viaOption = data.resolve("via-option");
    Path viaEnv = data.resolve("via-env");

    Cli.run("import", "--data", viaOption.toString(), Cli.seedArticles().resolve("000_fe97139eb36c3643.txt").toString());
    Cli.run(Map.of("NEWSBOT_DATA", viaEnv.toString()), "import",
        Cli.seedArticles().resolve("001_860e386cb840722a.txt").toString());

    assertThat(viaOption.resolve("newsbot.mv.db")).isRegularFile();
    assertThat(viaEnv.resolve("newsbot.mv.db")).isRegularFile();
  }

  @Test
  void chatAnswersLinesFromStandardInput() {
    Cli.Result result = Cli.runWithInput("/help\n" + ANSWERABLE + "\n/quit\n", Map.of(),
        "--data", seeded.toString(), "chat");

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).contains("/ask QUESTION").contains("\nSources:\n[1] ");
  }

  @Test
  void runWithoutATerminalSaysWhatToDoInstead() {
    Cli.Result result = Cli.run("--data", data.toString());

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).contains("newsbot chat");
  }

  @Test
  void helpListsTheSubcommands() {
    Cli.Result result = Cli.run("--help");

    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("import", "ask", "reindex", "chat", "run", "--data");
  }

  @Test
  void aConfigWithASecretStopsWithAClearMessage() throws IOException {
    Path config = Files.writeString(files.resolve("newsbot.yml"), "database:\n  password: hunter2\n");

    Cli.Result result = Cli.run("--data", data.toString(), "--config", config.toString(), "ask", ANSWERABLE);

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).contains("database.password").contains("NEWSBOT_DATABASE_PASSWORD")
        .doesNotContain("hunter2");
  }

  @Test
  void theConfigBesideTheDataIsRead() throws IOException {
    Files.writeString(data.resolve("newsbot.yml"), "colour: blue\n");

    Cli.Result result = Cli.run("--data", data.toString(), "ask", ANSWERABLE);

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).contains("unknown setting 'colour'");
  }

  @Test
  void theConfigNamesTheDataFolderAndTheEnvironmentOverridesIt() throws IOException {
    Path fromYaml = data.resolve("from-yaml");
    Path fromEnv = data.resolve("from-env");
    Path config = Files.writeString(files.resolve("newsbot.yml"), "data: " + fromYaml + "\n");
    String file = Cli.seedArticles().resolve("000_fe97139eb36c3643.txt").toString();

    Cli.run(Map.of("NEWSBOT_CONFIG", config.toString()), "import", file);
    Cli.run(Map.of("NEWSBOT_CONFIG", config.toString(), "NEWSBOT_DATA", fromEnv.toString()), "import", file);

    assertThat(fromYaml.resolve("newsbot.mv.db")).isRegularFile();
    assertThat(fromEnv.resolve("newsbot.mv.db")).isRegularFile();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> seedUrls() throws IOException {
    try (Stream<Path> seed = Files.list(Cli.seedArticles())) {
      return seed.map(path -> path.toAbsolutePath().normalize().toUri().toString()).toList();
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
