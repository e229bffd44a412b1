package org.newsbot.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.newsbot.Newsbot;
import org.newsbot.chat.Caller;
import org.newsbot.chat.ChatMessage;
import org.newsbot.chat.PlainTextRenderer;
import org.newsbot.chat.Reply;
import org.newsbot.chat.Role;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The alert commands on the command line: the same as in chat, for the console chat unless
 * {@code --chat PLATFORM:CHAT_ID} names another. Prints the bot's reply; exits with 2 when the
 * bot refused the command (a malformed query, a limit reached).
 */
final class AlertCommandLine {
  private AlertCommandLine() {}

  /** Lets a query's excluded words ({@code -sports}) through instead of reading them as options. */
  static void acceptExcludedWords(CommandLine commandLine) {
    commandLine.getSubcommands().get("subscribe").setUnmatchedOptionsArePositionalParams(true);
  }

  /** What every alert command shares: the chat it acts for, and running the chat command there. */
  abstract static class ForChat implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--chat", paramLabel = "PLATFORM:CHAT_ID",
        description = "the chat to act for, e.g. discord:123456789 (default: console:console, the console chat)")
    String chat = ConsoleChat.PLATFORM + ":" + ConsoleChat.CHAT_ID;

    abstract String command();

    @Override
    public Integer call() {
      int colon = chat.indexOf(':');
      if (colon <= 0 || colon == chat.length() - 1) {
        System.err.println("newsbot: --chat takes PLATFORM:CHAT_ID, as in discord:123456789, not '" + chat + "'");
        return 1;
      }
      String user = System.getProperty("user.name", "console");
      try (Newsbot newsbot = main.open()) {
        Reply reply = newsbot.chat().handle(new ChatMessage(chat.substring(colon + 1),
            new Caller(chat.substring(0, colon), user, user, Role.ADMIN), command()));
        System.out.println(PlainTextRenderer.render(reply));
        return reply.kind() == Reply.Kind.ERROR || reply.kind() == Reply.Kind.REFUSAL ? 2 : 0;
      }
    }
  }

  @Command(name = "subscribe", description = {"Get an alert when new articles match QUERY: words, \"exact phrases\",",
      "-excluded words, OR between alternatives, source:NAME, lang:xx."})
  static final class Subscribe extends ForChat {
    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "the query; quote phrases for the shell: '\"white house\"'")
    List<String> query;

    @Override
    String command() {
      return "/subscribe " + String.join(" ", query);
    }
  }

  @Command(name = "subscriptions", description = "List the chat's subscriptions, its mute and digest.")
  static final class Subscriptions extends ForChat {
    @Override
    String command() {
      return "/subscriptions";
    }
  }

  @Command(name = "unsubscribe", description = "Stop a subscription.")
  static final class Unsubscribe extends ForChat {
    @Parameters(paramLabel = "ID", description = "the subscription's number from 'newsbot subscriptions'")
    String id;

    @Override
    String command() {
      return "/unsubscribe " + id;
    }
  }

  @Command(name = "mute", description = "Hold the chat's alerts for a while (30m, 2h, 1d); 'off' ends a mute.")
  static final class Mute extends ForChat {
    @Parameters(paramLabel = "DURATION")
    String duration;

    @Override
    String command() {
      return "/mute " + duration;
    }
  }

  @Command(name = "digest", description = "Show or set how the chat gets alerts: off (at once), hourly, daily HH:MM.")
  static final class Digest extends ForChat {
    @Parameters(arity = "0..*", paramLabel = "SCHEDULE")
    List<String> schedule;

    @Override
    String command() {
      return "/digest" + (schedule == null ? "" : " " + String.join(" ", schedule));
    }
  }
}
