package org.newsbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.Newsbot;
import org.newsbot.NewsbotSettings;
import org.newsbot.chat.Command;
import org.newsbot.chat.Reply;
import org.newsbot.chat.Role;

/** The console chat: a line in, a plain-text reply out, until /quit or the end of input. */
class ConsoleChatTest {
  private static final String QUESTION = "Who claimed responsibility for the Crocus City Hall attack?";

  @TempDir
  static Path data;

  private static Newsbot newsbot;

  @BeforeAll
  static void importSeed() {
    newsbot = Newsbot.open(NewsbotSettings.embedded(data));
    newsbot.importPaths(List.of(Cli.seedArticles()));
  }

  @AfterAll
  static void close() {
    newsbot.close();
  }

  @Test
  void answersAQuestionWithItsSources() throws Exception {
    String out = chat(QUESTION + "\n/quit\n");

    assertThat(out).startsWith("newsbot console chat.");
    assertThat(out).contains("[1]").contains("\nSources:\n[1] ");
    assertThat(out).containsPattern("file:\\S*/seed-articles/0\\d\\d_[0-9a-f]+\\.txt");
  }

  @Test
  void helpListsTheCommands() throws Exception {
    String out = chat("/help\n");

    assertThat(out).contains("/ask QUESTION").contains("/help").contains("/sources");
  }

  @Test
  void quitEndsTheChatAndLaterLinesAreNotRead() throws Exception {
    String out = chat("/help\n/quit\n" + QUESTION + "\n");

    assertThat(out).contains("/ask QUESTION").doesNotContain("Sources:");
  }

  @Test
  void theEndOfInputEndsTheChatAndBlankLinesAreSkipped() throws Exception {
    String out = chat("\n   \n/nosuchcommand\n\n" + QUESTION);

    assertThat(out).contains("Unknown command /nosuchcommand").contains("Sources:");
  }

  @Test
  void anUnrelatedQuestionIsDeclinedWithoutSources() throws Exception {
    String out = chat("What is the capital of Australia?\n");

    assertThat(out).doesNotContain("Sources:").doesNotContain("file:");
  }

  @Test
  void thePersonAtTheConsoleIsAdmin() throws Exception {
    newsbot.chat().register(new Command("whoami", "/whoami", "the caller's role", Role.ADMIN,
        (message, argument) -> Reply.info("role " + message.caller().role())));

    assertThat(chat("/whoami\n")).contains("role ADMIN");
  }

  @Test
  void promptsOnlyWhenAskedTo() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new ConsoleChat(newsbot.chat(), new PrintStream(bytes, true, StandardCharsets.UTF_8))
        .run(new StringReader("/help\n"), true);

    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("> ");
    assertThat(chat("/help\n")).doesNotContain("> ");
  }

  private static String chat(String input) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new ConsoleChat(newsbot.chat(), new PrintStream(bytes, true, StandardCharsets.UTF_8))
        .run(new StringReader(input), false);
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
