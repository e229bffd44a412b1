package org.newsbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.store.Database;

/**
 * Several newsbot processes on one embedded data folder: one owns it, the others send their
 * commands to it. The probe's case, four {@code ask --questions} beside an import that ends before
 * they do, answers every question in all four; two imports at once both finish; a second bot is
 * told who owns the folder, or follows it and takes over.
 */
class FolderOwnerTest {
  private static final Map<String, String> KEYWORDS_ONLY = Map.of("NEWSBOT_ANSWERS_SEMANTIC", "false");
  private static final Pattern QUESTION = Pattern.compile("\"question\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  @TempDir
  Path dir;

  private final List<ChildNewsbot> children = new ArrayList<>();

  @AfterEach
  void stopChildren() {
    children.forEach(ChildNewsbot::close);
  }

  private ChildNewsbot child(String name, Map<String, String> env, String... args) throws Exception {
    ChildNewsbot child = ChildNewsbot.start(name, dir.resolve("data"), env, args);
    children.add(child);
    return child;
  }

  private static Path corpus(String file) {
    return Path.of(System.getProperty("newsbot.shared"), "corpus", file);
  }

  @Test
  void fourQuestionSetsBesideAnImportThatEndsFirstAreAnsweredInFull() throws Exception {
    List<String> questions = new ArrayList<>();
    Matcher matcher = QUESTION.matcher(Files.readString(Path.of("..", "eval", "holdout-bbc.jsonl")));
    while (matcher.find()) {
      questions.add(matcher.group(1).replace("\\\"", "\""));
    }
    List<String> many = new ArrayList<>();
    while (many.size() < 120) {
      many.addAll(questions);
    }
    Path file = dir.resolve("questions.txt");
    Files.write(file, many.subList(0, 120), StandardCharsets.UTF_8);

    ChildNewsbot importer = child("import", KEYWORDS_ONLY, "import", corpus("bbc-fulltext.jsonl").toString());
    List<ChildNewsbot> askers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      askers.add(child("ask-" + i, KEYWORDS_ONLY, "ask", "--questions", file.toString()));
    }
    assertThat(importer.alive()).as("the import still runs when the questions start").isTrue();

    assertThat(importer.awaitExit(300)).as(String.join("\n", importer.errors())).isZero();
    assertThat(importer.output()).anyMatch(line -> line.startsWith("Imported 2225 new articles"));
    for (ChildNewsbot asker : askers) {
      assertThat(asker.awaitExit(300)).as(String.join("\n", asker.errors())).isZero();
      List<String> asked = asker.output().stream().filter(line -> line.startsWith("Q: ")).toList();
      assertThat(asked).hasSize(120);
      assertThat(asker.errors()).allMatch(line -> line.contains("VectorizationProvider")); // Lucene's notice
    }
  }

  @Test
  void twoImportsAtOnceBothFinishAndRelativePathsAreTheirOwn() throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.copy(corpus("wikinews-2019-2020.jsonl"), elsewhere.resolve("wikinews.jsonl"));
    int wikinews = 295; // one holds only a dateline, which is kept rather than leave the article empty
    ChildNewsbot first = child("import-1", KEYWORDS_ONLY, "import", corpus("bbc-fulltext.jsonl").toString());
    // relative to its own working directory, whichever process runs it
    ChildNewsbot second = ChildNewsbot.startIn(elsewhere, "import-2", dir.resolve("data"), KEYWORDS_ONLY,
        "import", "wikinews.jsonl");
    children.add(second);

    assertThat(first.awaitExit(300)).as(String.join("\n", first.errors())).isZero();
    assertThat(second.awaitExit(300)).as(String.join("\n", second.errors())).isZero();
    assertThat(first.output()).anyMatch(line -> line.startsWith("Imported 2225 new articles"));
    assertThat(second.output()).anyMatch(line -> line.startsWith("Imported " + wikinews + " new articles"));
    try (Database database = Database.open(Database.embeddedUrl(dir.resolve("data")), null, null);
        var connection = database.connection();
        var count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM articles")) {
      count.next();
      assertThat(count.getLong(1)).isEqualTo(2225 + wikinews);
    }
  }

  @Test
  void aSecondBotIsToldWhoOwnsTheFolderAndAFollowerTakesOverWhenTheOwnerStops() throws Exception {
    ChildNewsbot owner = child("owner", KEYWORDS_ONLY, "chat").awaitChat();

    ChildNewsbot second = child("second", Map.of("NEWSBOT_HTTP_PORT", "0"), "run");
    assertThat(second.awaitExit(120)).isEqualTo(1);
    assertThat(second.errors()).hasSize(1);
    assertThat(second.errors().getFirst())
        .contains("another newsbot (pid " + owner.pid() + ", 'newsbot chat') owns the data folder")
        .contains("owner.follow");

    // a command line meanwhile goes through the owner
    ChildNewsbot subscribe = child("subscribe", Map.of(), "subscribe", "harbour", "bridge");
    assertThat(subscribe.awaitExit(120)).as(String.join("\n", subscribe.errors())).isZero();
    assertThat(subscribe.output()).anyMatch(line -> line.contains("harbour AND bridge"));

    ChildNewsbot follower = child("follower", Map.of("NEWSBOT_HTTP_PORT", "0", "NEWSBOT_OWNER_FOLLOW", "true"), "run");
    follower.awaitError("following it: this one takes over when it stops");
    assertThat(follower.errors().stream().collect(Collectors.joining("\n"))).doesNotContain("/health");
    assertThat(owner.quit()).isZero();
    follower.awaitError("/health and /metrics on http://127.0.0.1:");
    follower.awaitError("newsbot: running");
    assertThat(follower.stop()).isTrue();
  }
}
