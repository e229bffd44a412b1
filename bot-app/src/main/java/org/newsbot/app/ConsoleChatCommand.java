package org.newsbot.app;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.newsbot.Newsbot;
import org.newsbot.ops.OpsServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** The console chat alone; alerts for it are printed as they arrive. */
@Command(name = "chat", description = "Chat with the bot in this terminal.")
final class ConsoleChatCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Override
  public Integer call() throws Exception {
    AppConfig config = main.config();
    try (Newsbot newsbot = main.open();
        OpsServer ops = OpsEndpoint.startIfConfigured(config, newsbot)) {
      newsbot.followChanges(2, TimeUnit.SECONDS);
      newsbot.startPolling();
      ConsoleChat console = new ConsoleChat(newsbot.chat(), System.out);
      newsbot.alerts().platforms().register(console);
      newsbot.alerts().start();
      console.run(new InputStreamReader(System.in, StandardCharsets.UTF_8), System.console() != null);
    }
    return 0;
  }
}
