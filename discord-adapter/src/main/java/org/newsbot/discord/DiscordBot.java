package org.newsbot.discord;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import org.newsbot.chat.ChatPlatform;
import org.newsbot.chat.ChatService;
import org.newsbot.chat.Role;
import org.newsbot.ops.Health;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running Discord bot: a JDA shard manager whose listeners hand slash commands, button
 * presses, mentions and direct messages to the core's chat, and the platform through which the
 * core posts alerts.
 */
public final class DiscordBot implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
  private static final int WORKERS = 4;
  private static final int WAITING_MESSAGES = 200;

  private final ShardManager shards;
  private final ThreadPoolExecutor workers;
  private final CountDownLatch ready;
  private final DiscordChatPlatform platform;

  private DiscordBot(ShardManager shards, ThreadPoolExecutor workers, CountDownLatch ready,
      DiscordChatPlatform platform) {
    this.shards = shards;
    this.workers = workers;
    this.ready = ready;
    this.platform = platform;
  }

  /**
   * Logs in and starts connecting every shard; returns once Discord accepted the token, before
   * the shards are ready (see {@link #awaitReady}).
   *
   * @throws IllegalStateException when Discord refuses the token or cannot be reached
   */
  public static DiscordBot start(DiscordSettings settings, ChatService chat) {
    ThreadPoolExecutor workers = workers();
    CountDownLatch ready = new CountDownLatch(settings.shards());
    DiscordRoles roles = new DiscordRoles(settings.admins(), settings.moderatorRole());
    ReplyRenderer renderer = new ReplyRenderer();
    InteractionAnswers answers = new InteractionAnswers(chat, roles, renderer, workers);
    EnumSet<GatewayIntent> intents = EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);
    if (settings.messageContent()) {
      intents.add(GatewayIntent.MESSAGE_CONTENT);
    }
    DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(settings.token(), intents)
        .setShardsTotal(settings.shards())
        .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl()))
        .setMemberCachePolicy(MemberCachePolicy.NONE)
        .setChunkingFilter(ChunkingFilter.NONE)
        // the application closes the bot in order with everything else
        .setEnableShutdownHook(false)
        .addEventListeners(new CommandRegistrar(settings.guildId(), ready),
            new SlashCommandListener(answers),
            new ButtonListener(new ButtonCommands(() -> commandNames(chat)), answers),
            new MentionListener(chat, roles, renderer, workers));
    if (settings.gatewayUrl() != null) {
      builder.setSessionController(new ConfiguredGateway(settings.gatewayUrl()));
    }
    ShardManager shards;
    try {
      shards = builder.build();
    } catch (InvalidTokenException e) {
      workers.shutdownNow();
      throw new IllegalStateException("Discord refused the bot token; check DISCORD_BOT_TOKEN", e);
    } catch (RuntimeException e) {
      workers.shutdownNow();
      throw new IllegalStateException("cannot start the Discord bot (" + settings.apiUrl() + "): "
          + e.getMessage(), e);
    }
    log.info("Discord bot starting: {}", settings);
    return new DiscordBot(shards, workers, ready, new DiscordChatPlatform(shards, renderer));
  }

  /** Every command the core knows, whoever may use it: what a button may carry. */
  private static Set<String> commandNames(ChatService chat) {
    Set<String> names = new HashSet<>(Set.of("help", "start"));
    chat.commandsFor(Role.ADMIN).forEach(command -> names.add(command.name()));
    return names;
  }

  private static ThreadPoolExecutor workers() {
    AtomicInteger count = new AtomicInteger();
    // a bounded queue: when answers back up this far, callers are told to try again
    return new ThreadPoolExecutor(WORKERS, WORKERS, 60, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(WAITING_MESSAGES), runnable -> {
          Thread thread = new Thread(runnable, "discord-chat-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  /** The platform for posting alerts and digests to Discord channels. */
  public ChatPlatform platform() {
    return platform;
  }

  /** The adapter's state for {@code /health}: up when every shard is connected to the gateway. */
  public Health.Check health() {
    Map<String, Object> detail = new LinkedHashMap<>();
    int total = shards.getShardsTotal();
    int connected = 0;
    Map<String, String> statuses = new TreeMap<>();
    for (JDA shard : shards.getShardCache()) {
      statuses.put(Integer.toString(shard.getShardInfo().getShardId()), shard.getStatus().name());
      if (shard.getStatus() == JDA.Status.CONNECTED) {
        connected++;
      }
    }
    detail.put("shards", total);
    detail.put("connected", connected);
    detail.put("shard_status", statuses);
    return connected == total ? Health.Check.up(detail)
        : Health.Check.down(connected + " of " + total + " shards connected to Discord", detail);
  }

  /** Waits until every shard has connected once; false when {@code timeout} passed first. */
  public boolean awaitReady(Duration timeout) throws InterruptedException {
    return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Disconnects every shard and lets the answers under way finish. */
  @Override
  public void close() {
    shards.shutdown();
    workers.shutdown();
    try {
      if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
