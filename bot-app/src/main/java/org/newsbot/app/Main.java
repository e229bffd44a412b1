package org.newsbot.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsbot.Newsbot;
import org.newsbot.NewsbotSettings;
import org.newsbot.alerts.AlertSettings;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
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
  /** The owner's shared newsbot when this process owns the data folder; null for a peer of PostgreSQL. */
  private final FolderHost host;

  Main(Map<String, String> env) {
    this(env, null);
  }

  private Main(Map<String, String> env, FolderHost host) {
    this.env = env;
    this.host = host;
  }

  public static void main(String[] args) {
    // Lucene and others log through java.util.logging; send it to the same log as everything else
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    System.exit(execute(System.getenv(), args));
  }

  /**
   * Runs a command line where it belongs: on an embedded data folder in the folder's owner (this
   * process, or the one that owns it); on a configured database, such as PostgreSQL, right here.
   */
  static int execute(Map<String, String> env, String... args) {
    Main options = new Main(env);
    ParseResult parsed;
    try {
      parsed = commandLine(options, Path.of("").toAbsolutePath()).parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      return executeHere(env, null, Path.of("").toAbsolutePath(), List.of(args)); // picocli explains
    }
    Placement placement = Placement.of(parsed);
    if (placement == Placement.HERE) {
      return executeHere(env, null, Path.of("").toAbsolutePath(), List.of(args));
    }
    AppConfig config;
    Path dir;
    try {
      config = options.config();
      dir = options.dataDir(config);
    } catch (AppConfig.ConfigException e) {
      System.err.println("newsbot: " + e.getMessage());
      return 1;
    }
    if (config.get("database.url") != null) {
      return executeHere(env, null, Path.of("").toAbsolutePath(), List.of(args)); // every instance a peer
    }
    try {
      return new FolderOwnership(env, options, dir, config, placement, Placement.name(parsed), List.of(args))
          .execute();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }

  /**
   * Runs a command line in this process, its relative paths taken from {@code workingDirectory};
   * {@code host} is the data folder's open newsbot when this process owns the folder.
   */
  static int executeHere(Map<String, String> env, FolderHost host, Path workingDirectory, List<String> args) {
    CommandLine commandLine = commandLine(new Main(env, host), workingDirectory);
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      PrintWriter err = cmd.getErr();
      err.println("newsbot: " + Failures.sentence(e));
      err.flush();
      return 1;
    });
    return commandLine.execute(args.toArray(String[]::new));
  }

  private static CommandLine commandLine(Main main, Path workingDirectory) {
    CommandLine commandLine = new CommandLine(main);
    AlertCommandLine.acceptExcludedWords(commandLine);
    // a command served for another process reads its files where that process was started
    commandLine.registerConverter(Path.class, text -> workingDirectory.resolve(text));
    commandLine.registerConverter(java.io.File.class, text -> workingDirectory.resolve(text).toFile());
    return commandLine;
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

  /**
   * The core on the configured data folder and database: the owner's shared one when this process
   * owns the folder (closing it then leaves it open for the others).
   */
  Newsbot open() {
    return host != null ? host.newsbot() : openHere();
  }

  /** Opens the core on the configured data folder and database. */
  Newsbot openHere() {
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
