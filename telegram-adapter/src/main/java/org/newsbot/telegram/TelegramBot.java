package org.newsbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.newsbot.chat.ChatPlatform;
import org.newsbot.chat.ChatService;
import org.newsbot.chat.Command;
import org.newsbot.chat.DeliveryException;
import org.newsbot.chat.Role;
import org.newsbot.ops.Health;
import org.newsbot.ops.Metrics;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * newsbot on Telegram: receives messages by long polling, or through a webhook when a public URL is
 * configured, answers them through the {@link ChatService}, and offers a {@link ChatPlatform} for
 * posting alerts. Start it with {@link #start}; close it to stop.
 */
public final class TelegramBot implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
  private static final int ANSWER_THREADS = 4;

  private final OkHttpClient http;
  private final QuietStop quietStop;
  private final ScheduledExecutorService timer;
  private final ChatSerialExecutor updates;
  private final TelegramPlatform platform;
  private final BotIdentity me;
  private TelegramBotsLongPollingApplication polling;
  private OkHttpClient pollHttp;
  private ScheduledExecutorService pollThread;
  private WebhookReceiver webhook;

  private TelegramBot(OkHttpClient http, QuietStop quietStop, ScheduledExecutorService timer,
      ChatSerialExecutor updates, TelegramPlatform platform, BotIdentity me) {
    this.http = http;
    this.quietStop = quietStop;
    this.timer = timer;
    this.updates = updates;
    this.platform = platform;
    this.me = me;
  }

  /**
   * Connects to Telegram, registers the command menu and starts receiving messages.
   *
   * @throws IllegalStateException when Telegram cannot be reached or refuses the token
   */
  public static TelegramBot start(TelegramSettings settings, ChatService chat) {
    return start(settings, chat, Metrics.create());
  }

  /**
   * As {@link #start(TelegramSettings, ChatService)}, counting the time spent waiting on
   * Telegram's rate limits into {@code metrics}.
   */
  public static TelegramBot start(TelegramSettings settings, ChatService chat, Metrics metrics) {
    BotToken token = new BotToken(settings.token());
    QuietStop quietStop = new QuietStop();
    OkHttpClient http = new OkHttpClient.Builder()
        .addInterceptor(new TokenInterceptor(token))
        .connectTimeout(Duration.ofSeconds(15))
        .readTimeout(settings.pollTimeout().plusSeconds(20))
        .writeTimeout(Duration.ofSeconds(30))
        .build();
    TelegramUrl url = telegramUrl(settings.apiUrl());
    TelegramApi api = TelegramApi.create(http, token, url);
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "telegram-typing");
      thread.setDaemon(true);
      return thread;
    });
    ChatSerialExecutor updates = new ChatSerialExecutor(ANSWER_THREADS, "telegram-answer");
    TelegramBot bot = null;
    try {
      BotIdentity me = identify(api, settings);
      SendThrottle throttle = new SendThrottle(settings.limits(), System::nanoTime, nanos -> {
        metrics.rateLimitWaited(TelegramPlatform.NAME, Duration.ofNanos(nanos));
        TimeUnit.NANOSECONDS.sleep(nanos);
      });
      MessageSender sender = new MessageSender(api, throttle, new MessageSplitter());
      bot = new TelegramBot(http, quietStop, timer, updates, new TelegramPlatform(sender), me);
      registerCommands(api, chat);
      ChatRoles roles = new ChatRoles(api, settings.admins(), settings.adminCacheTtl(), System::nanoTime);
      AnswerDelivery delivery = new AnswerDelivery(sender, metrics);
      ButtonPresses buttons = new ButtonPresses(chat, new CallbackData(() -> commandNames(chat)), roles, api,
          delivery);
      UpdateHandler handler = new UpdateHandler(chat, new Conversation(me, () -> commandNames(chat)), roles,
          delivery, buttons, api, timer);
      if (settings.webhook()) {
        bot.listen(settings, api, handler);
      } else {
        bot.poll(settings, token, url, handler);
      }
      log.info("Telegram bot @{} started ({})", me.username(), settings.webhook() ? "webhook" : "long polling");
      return bot;
    } catch (RuntimeException e) {
      if (bot != null) {
        bot.close();
      } else {
        updates.shutdown(0);
        timer.shutdownNow();
        shutDown(http);
      }
      throw e;
    }
  }

  /** Posts alerts and digests unprompted; see {@link TelegramPlatform}. */
  public ChatPlatform platform() {
    return platform;
  }

  /**
   * The adapter's state for {@code /health}: up while it runs, with how it receives messages.
   * Failing calls to Telegram are retried by the receiving loop and show in the log.
   */
  public Health.Check health() {
    return Health.Check.up(Map.of("username", me.username(), "mode", webhook != null ? "webhook" : "long polling"));
  }

  /** The bot's username, without the @. */
  public String username() {
    return me.username();
  }

  /** Where the webhook listener is bound, in webhook mode. */
  public Optional<InetSocketAddress> webhookAddress() {
    return webhook == null ? Optional.empty() : Optional.of(webhook.address());
  }

  private static BotIdentity identify(TelegramApi api, TelegramSettings settings) {
    try {
      return api.me();
    } catch (DeliveryException e) {
      throw new IllegalStateException("cannot start the Telegram bot: getMe at " + settings.apiUrl()
          + " failed: " + e.getMessage());
    }
  }

  /** The command menu: what a user may do, as the chat service lists it. */
  private static void registerCommands(TelegramApi api, ChatService chat) {
    List<BotCommand> commands = new ArrayList<>();
    for (Command command : chat.commandsFor(Role.USER)) {
      if (command.name().matches("[a-z0-9_]{1,32}")) {
        String description = command.description().isBlank() ? command.usage() : command.description();
        commands.add(new BotCommand(command.name(),
            description.length() > 256 ? description.substring(0, 255) + "…" : description));
      }
    }
    if (commands.isEmpty()) {
      return;
    }
    try {
      api.setCommands(commands);
    } catch (DeliveryException e) {
      log.warn("could not register the command menu (the commands still work): {}", e.getMessage());
    }
  }

  private static Set<String> commandNames(ChatService chat) {
    Set<String> names = new HashSet<>(Set.of("start", "help"));
    chat.commandsFor(Role.ADMIN).forEach(command -> names.add(command.name()));
    return names;
  }

  private void poll(TelegramSettings settings, BotToken token, TelegramUrl url, UpdateHandler handler) {
    pollThread = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "telegram-poll");
      thread.setDaemon(true);
      return thread;
    });
    // its own sockets (and so its own pool), so that stopping can close them without touching
    // messages being sent
    pollHttp = http.newBuilder().addInterceptor(quietStop).socketFactory(quietStop.socketFactory())
        .connectionPool(new ConnectionPool()).build();
    polling = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> pollHttp, () -> pollThread);
    int timeout = (int) settings.pollTimeout().toSeconds();
    try {
      polling.registerBot(BotToken.PLACEHOLDER, () -> url,
          lastUpdate -> GetUpdates.builder().offset(lastUpdate + 1).limit(100).timeout(timeout)
              .allowedUpdates(TelegramApi.ALLOWED_UPDATES).build(),
          received -> received.forEach(update -> dispatch(handler, update)));
    } catch (TelegramApiException e) {
      throw new IllegalStateException("cannot start long polling at " + settings.apiUrl() + ": "
          + token.scrub(e.getMessage()));
    }
  }

  private void listen(TelegramSettings settings, TelegramApi api, UpdateHandler handler) {
    String secret = settings.webhookSecret() != null ? settings.webhookSecret() : randomSecret();
    URI url = settings.webhookUrl();
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    try {
      webhook = new WebhookReceiver(settings.webhookListen(), path, secret, update -> dispatch(handler, update));
    } catch (IOException e) {
      throw new IllegalStateException("cannot listen for the Telegram webhook on " + settings.webhookListen()
          + ": " + e.getMessage(), e);
    }
    try {
      api.setWebhook(url.toString(), secret);
    } catch (DeliveryException e) {
      throw new IllegalStateException("Telegram did not accept the webhook " + url.getScheme() + "://"
          + url.getAuthority() + "/...: " + api.token().scrub(e.getMessage()));
    }
  }

  private void dispatch(UpdateHandler handler, Update update) {
    updates.submit(UpdateHandler.chatKey(update), () -> handler.handle(update));
  }

  private static String randomSecret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  static TelegramUrl telegramUrl(URI apiUrl) {
    String scheme = apiUrl.getScheme().toLowerCase(java.util.Locale.ROOT);
    int port = apiUrl.getPort() > 0 ? apiUrl.getPort() : scheme.equals("https") ? 443 : 80;
    return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
  }

  /** Stops receiving, lets answers in progress finish for a few seconds, then lets go of everything. */
  @Override
  public void close() {
    long started = System.nanoTime();
    quietStop.stop();
    if (webhook != null) {
      webhook.close();
    }
    if (polling != null) {
      try {
        polling.close();
      } catch (Exception e) {
        log.debug("stopping long polling: {}", e.toString());
      }
      pollThread.shutdown();
    }
    updates.shutdown(5);
    timer.shutdownNow();
    if (pollThread != null) {
      try {
        pollThread.awaitTermination(2, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      pollThread.shutdownNow();
    }
    if (pollHttp != null) {
      pollHttp.connectionPool().evictAll();
    }
    shutDown(http);
    log.info("Telegram bot @{} stopped ({} ms)", me.username(), (System.nanoTime() - started) / 1_000_000);
  }

  private static void shutDown(OkHttpClient http) {
    http.dispatcher().cancelAll();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
