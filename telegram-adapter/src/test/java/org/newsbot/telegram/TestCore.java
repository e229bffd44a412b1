package org.newsbot.telegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsbot.Newsbot;
import org.newsbot.NewsbotSettings;
import org.newsbot.ingest.ImportReport;

/** A real newsbot core in a temporary folder, with the seed articles and one with markup in its title. */
final class TestCore {
  static final String MARKUP_TITLE = "Zorblax widget prices <rise> & \"fall\" again";
  static final String MARKUP_OUTLET = "Tom & Jerry's <Daily> Gazette";
  static final String MARKUP_URL = "https://news.example.com/widgets?id=7&lang=en";
  static final String MARKUP_QUESTION = "Why did zorblax widget prices rise in May?";
  static final String CROCUS_QUESTION = "Who claimed responsibility for the Crocus City Hall attack?";

  private TestCore() {}

  /** Settings for a long-polling bot on {@code telegram} that never waits on send limits. */
  static TelegramSettings polling(FakeTelegramServer telegram) {
    return TelegramSettings.of(FakeTelegramServer.TOKEN).withApiUrl(telegram.url())
        .withPollTimeout(java.time.Duration.ofSeconds(2)).withLimits(SendLimits.NONE);
  }

  /** Closes the bot, then the server, then the core; any of them may be null when set-up failed. */
  static void close(TelegramBot bot, FakeTelegramServer telegram, Newsbot newsbot) {
    for (AutoCloseable part : new AutoCloseable[] {bot, telegram, newsbot}) {
      if (part != null) {
        try {
          part.close();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  static Newsbot open(Path dir) throws IOException {
    Path extra = dir.resolve("markup.jsonl");
    Files.writeString(extra, "{\"id\":\"markup-1\",\"outlet\":\"" + json(MARKUP_OUTLET) + "\",\"url\":\""
        + MARKUP_URL + "\",\"title\":\"" + json(MARKUP_TITLE) + "\",\"published\":\"2024-05-02\",\"body\":\""
        + "Zorblax widget prices rose by 40 percent in May after the Quimby factory closed. "
        + "Traders said the closure of the Quimby factory cut the supply of zorblax widgets in half. "
        + "Buyers expect zorblax widget prices to fall again once a new plant opens next year.\"}\n");
    Newsbot newsbot = Newsbot.open(NewsbotSettings.embedded(dir.resolve("data")));
    ImportReport report = newsbot.importPaths(List.of(
        Path.of(System.getProperty("newsbot.shared"), "corpus", "seed-articles"), extra));
    if (newsbot.ask(CROCUS_QUESTION).sources().isEmpty()) {
      newsbot.close();
      throw new IllegalStateException("the seed articles did not import: " + report);
    }
    return newsbot;
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
