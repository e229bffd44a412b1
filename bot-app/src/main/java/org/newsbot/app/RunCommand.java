package org.newsbot.app;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.newsbot.Newsbot;
import org.newsbot.telegram.TelegramBot;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * Starts every configured adapter: Telegram when TELEGRAM_BOT_TOKEN is set, and the console chat
 * when on a terminal. Without a terminal it runs until stopped (Ctrl-C, SIGTERM).
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
    boolean telegram = TelegramSetup.configured(main.config());
    boolean console = System.console() != null;
    if (!telegram && !console) {
      System.err.println("newsbot: nothing to run: there is no terminal for the console chat and no chat"
          + " platform is configured (set TELEGRAM_BOT_TOKEN for Telegram). Use 'newsbot chat' on a terminal,"
          + " or 'newsbot --help'.");
      return 1;
    }
    ShutdownSignal signal = console ? null : ShutdownSignal.install();
    try (Newsbot newsbot = main.open();
        TelegramBot bot = telegram ? TelegramSetup.start(main.config(), newsbot) : null) {
      newsbot.followChanges(2, TimeUnit.SECONDS);
      if (bot != null) {
        System.err.println("newsbot: the Telegram bot @" + bot.username() + " is running."
            + (console ? "" : " Stop it with Ctrl-C."));
      }
      if (console) {
        new ConsoleChat(newsbot.chat(), System.out)
            .run(new InputStreamReader(System.in, StandardCharsets.UTF_8), true);
      } else {
        signal.await();
      }
    } finally {
      if (signal != null) {
        signal.closed();
      }
    }
    return 0;
  }
}
