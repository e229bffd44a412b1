package org.newsbot.app;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.newsbot.Newsbot;
import org.newsbot.discord.DiscordBot;
import org.newsbot.discord.DiscordLauncher;
import org.newsbot.ops.OpsServer;
import org.newsbot.telegram.TelegramBot;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * Starts every configured adapter: Telegram when TELEGRAM_BOT_TOKEN is set, Discord when
 * DISCORD_BOT_TOKEN is set, the console chat when on a terminal, and the /health and /metrics
 * endpoint when http.port is set. Without a terminal it runs until stopped (Ctrl-C, SIGTERM).
 */
@Command(name = "run", description = "Run the bot with every configured adapter (the default).")
final class RunCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  RunCommand() {}

  RunCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() throws Exception {
    AppConfig config = main.config();
    boolean telegram = TelegramSetup.configured(config);
    boolean discord = config.get("discord.token") != null;
    boolean console = System.console() != null;
    boolean http = OpsEndpoint.address(config) != null;
    if (!telegram && !discord && !console && !http) {
      System.err.println("newsbot: nothing to run: there is no terminal for the console chat and no chat"
          + " platform is configured (set TELEGRAM_BOT_TOKEN or DISCORD_BOT_TOKEN, or http.port for an"
          + " instance that only polls sources and serves /health). Use 'newsbot chat' on a terminal, or"
          + " 'newsbot --help'.");
      return 1;
    }
    try (UntilStopped stopped = console ? null : new UntilStopped();
         Newsbot newsbot = main.open();
         OpsServer ops = OpsEndpoint.startIfConfigured(config, newsbot);
         TelegramBot telegramBot = telegram ? TelegramSetup.start(config, newsbot) : null;
         DiscordBot discordBot = DiscordLauncher.startIfConfigured(newsbot.chat(), config::get, config::list)) {
      // every instance keeps its index in line with what the others store
      newsbot.followChanges(2, TimeUnit.SECONDS);
      newsbot.startPolling();
      if (telegramBot != null) {
        newsbot.health().registerAdapter("telegram", telegramBot::health);
        newsbot.alerts().platforms().register(telegramBot.platform());
        System.err.println("newsbot: the Telegram bot @" + telegramBot.username() + " is running.");
      }
      if (discordBot != null) {
        newsbot.health().registerAdapter("discord", discordBot::health);
        newsbot.alerts().platforms().register(discordBot.platform());
        System.err.println("newsbot: the Discord bot is connecting; its log is in the data folder's logs.");
      }
      ConsoleChat chat = console ? new ConsoleChat(newsbot.chat(), System.out) : null;
      if (chat != null) {
        newsbot.alerts().platforms().register(chat);
      }
      newsbot.alerts().start();
      if (console) {
        chat.run(new InputStreamReader(System.in, StandardCharsets.UTF_8), true);
      } else {
        System.err.println("newsbot: running; stop with Ctrl-C or SIGTERM.");
        stopped.await();
      }
    }
    return 0;
  }
}
