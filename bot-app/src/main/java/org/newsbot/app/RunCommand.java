package org.newsbot.app;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.newsbot.Newsbot;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Starts every configured adapter: the console chat when on a terminal. */
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
    if (System.console() == null) {
      System.err.println("newsbot: nothing to run: there is no terminal for the console chat and no chat"
          + " platform is configured. Use 'newsbot chat' on a terminal, or 'newsbot --help'.");
      return 1;
    }
    try (Newsbot newsbot = main.open()) {
      newsbot.followChanges(2, TimeUnit.SECONDS);
      newsbot.startPolling();
      new ConsoleChat(newsbot.chat(), System.out)
          .run(new InputStreamReader(System.in, StandardCharsets.UTF_8), true);
    }
    return 0;
  }
}
