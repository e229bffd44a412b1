package org.newsbot.app;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.newsbot.Newsbot;
import org.newsbot.discord.DiscordBot;
import org.newsbot.discord.DiscordLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Starts every configured adapter: the console chat when on a terminal, Discord when its token is set. */
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
    boolean console = System.console() != null;
    if (!console && config.get("discord.token") == null) {
      System.err.println("newsbot: nothing to run: there is no terminal for the console chat and no chat"
          + " platform is configured (set DISCORD_BOT_TOKEN). Use 'newsbot chat' on a terminal, or 'newsbot --help'.");
      return 1;
    }
    try (UntilStopped stopped = console ? null : new UntilStopped();
         Newsbot newsbot = main.open();
         DiscordBot discord = DiscordLauncher.startIfConfigured(newsbot.chat(), config::get, config::list)) {
      newsbot.followChanges(2, TimeUnit.SECONDS);
      newsbot.startPolling();
      if (discord != null) {
        newsbot.alerts().platforms().register(discord.platform());
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
