package org.newsbot.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsbot.Newsbot;
import org.newsbot.NewsbotSettings;
import org.newsbot.alerts.AlertSettings;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The newsbot command line. Without a subcommand it runs the bot. */
@Command(name = "newsbot", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "newsbot 0.1.0",
    description = "Answers questions about the news with sourced answers, in chat and on the command line.",
    subcommands = {RunCommand.class, ConsoleChatCommand.class, ImportCommand.class, AskCommand.class,
        ReindexCommand.class, SourcesCommand.class, EmbedCommand.class, EvalCommand.class, FitCommand.class, BenchCommand.class,
        AlertCommandLine.Subscribe.class, AlertCommandLine.Subscriptions.class, AlertCommandLine.Unsubscribe.class,
        AlertCommandLine.Mute.class, AlertCommandLine.Digest.class},
    footer = {"", "Environment: NEWSBOT_DATA, NEWSBOT_CONFIG, NEWSBOT_DATABASE_URL, NEWSBOT_DATABASE_USER,"
        + " NEWSBOT_DATABASE_PASSWORD, TELEGRAM_BOT_TOKEN; see the README for every setting."})
public final class Main implements Callable<Integer> {
  @Option(names = "--data", scope = ScopeType.INHERIT, paramLabel = "DIR",
      description = "data folder (default: $NEWSBOT_DATA, else the config's data, else ./data)")
  Path data;

  @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "FILE",
      description = "YAML configuration (default: $NEWSBOT_CONFIG, else DIR/newsbot.yml when present)")
  Path config;

  private final Map<String, String> env;

  Main(Map<String, String> env) {
    this.env = env;
  }

  public static void main(String[] args) {
    // Lucene and others log through java.util.logging; send it to the same log as everything else
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    System.exit(execute(System.getenv(), args));
  }

  static int execute(Map<String, String> env, String... args) {
    CommandLine commandLine = new CommandLine(new Main(env));
    AlertCommandLine.acceptExcludedWords(commandLine);
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      PrintWriter err = cmd.getErr();
      err.println("newsbot: " + message(e));
      err.flush();
      return 1;
    });
    return commandLine.execute(args);
  }

  private static String message(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  @Override
  public Integer call() throws Exception {
    return new RunCommand(this).call();
  }

  /** Configuration as the options, the environment and the YAML file give it. */
  AppConfig config() {
    Path file = config;
    if (file == null && env.get("NEWSBOT_CONFIG") != null) {
      file = Path.of(env.get("NEWSBOT_CONFIG"));
    }
    if (file == null) {
      Path beside = dataDirWithout(null).resolve("newsbot.yml");
      file = beside.toFile().isFile() ? beside : null;
    }
    return AppConfig.load(file, env);
  }

  Path dataDir(AppConfig config) {
    return dataDirWithout(config);
  }

  private Path dataDirWithout(AppConfig config) {
    if (data != null) {
      return data;
    }
    String fromEnv = env.get("NEWSBOT_DATA");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv);
    }
    if (config != null && config.get("data") != null) {
      return Path.of(config.get("data"));
    }
    return Path.of("data");
  }

  /** Opens the core on the configured data folder and database. */
  Newsbot open() {
    AppConfig config = config();
    Path dir = dataDir(config);
    System.setProperty("newsbot.logdir", dir.resolve("logs").toAbsolutePath().toString());
    AlertSettings alerts = AlertConfig.from(config);
    Newsbot newsbot = Newsbot.open(new NewsbotSettings(dir, config.get("database.url"), config.get("database.user"),
        config.get("database.password"), config.flag("answers.semantic", true)).withLlm(LlmConfig.read(config)),
        SourceConfig.from(config));
    newsbot.alerts().configure(alerts);
    return newsbot;
  }

  Map<String, String> env() {
    return env;
  }
}
