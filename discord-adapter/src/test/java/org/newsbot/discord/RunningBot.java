package org.newsbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.newsbot.Newsbot;
import org.newsbot.NewsbotSettings;

/**
 * A real newsbot core with the seed articles imported, the real Discord bot, and the fake Discord
 * it talks to, started together for a test class.
 */
final class RunningBot implements AutoCloseable {
  static final String ADMIN_ID = "100000000000000001";

  final Newsbot newsbot;
  final FakeDiscord discord;
  final DiscordBot bot;

  private RunningBot(Newsbot newsbot, FakeDiscord discord, DiscordBot bot) {
    this.newsbot = newsbot;
    this.discord = discord;
    this.bot = bot;
  }

  /**
   * Starts everything in {@code dir}; {@code beforeStart} may register stand-in commands on the
   * core's chat before the bot goes online.
   */
  static RunningBot start(Path dir, Consumer<Newsbot> beforeStart) throws Exception {
    Newsbot newsbot = Newsbot.open(NewsbotSettings.embedded(dir.resolve("data")));
    FakeDiscord discord = null;
    DiscordBot bot = null;
    try {
      Path extra = Files.createDirectories(dir.resolve("extra"));
      // an article whose text tries to ping the whole server
      Files.writeString(extra.resolve("kelport-harbour.txt"), """
           date 2024-05-03 Kelport harbour festival called off as storm nears

          The organisers of the Kelport harbour festival posted a notice telling @everyone on the pier to \
          leave before the storm arrived on Friday evening. The harbour master closed the quay at six.

          Stalls will reopen on Sunday if the weather allows, the organisers said.
          """);
      newsbot.importPaths(List.of(Path.of(System.getProperty("newsbot.shared"), "corpus", "seed-articles"), extra));
      beforeStart.accept(newsbot);
      discord = new FakeDiscord();
      DiscordSettings settings = new DiscordSettings("test-token", FakeDiscord.GUILD_ID, "Newsroom",
          Set.of(ADMIN_ID), 1, discord.apiUrl(), discord.gatewayUrl(), false);
      bot = DiscordBot.start(settings, newsbot.chat());
      assertThat(bot.awaitReady(Duration.ofSeconds(20))).as("the bot reached READY").isTrue();
      return new RunningBot(newsbot, discord, bot);
    } catch (Exception | AssertionError e) {
      if (bot != null) {
        bot.close();
      }
      if (discord != null) {
        discord.close();
      }
      newsbot.close();
      throw e;
    }
  }

  @Override
  public void close() {
    try {
      bot.close();
    } finally {
      try {
        discord.close();
      } finally {
        newsbot.close();
      }
    }
  }
}
