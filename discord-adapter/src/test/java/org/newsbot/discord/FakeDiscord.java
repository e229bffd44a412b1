package org.newsbot.discord;

import static org.assertj.core.api.Assertions.fail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A local stand-in for Discord on 127.0.0.1: a gateway (WebSocket, zlib-stream compressed like
 * Discord's) that says hello, readies one shard with one server, and dispatches the events a test
 * sends; and a REST API that answers the routes the bot uses and records every request. Like
 * Discord, creating a message with enforce_nonce and a nonce already used gives back the message
 * created with it instead of a new one.
 */
final class FakeDiscord implements AutoCloseable {
  static final String BOT_ID = "210000000000000001";
  static final String GUILD_ID = "300000000000000001";
  static final String OWNER_ID = "100000000000000009";
  static final String GENERAL = "400000000000000001";
  static final String READ_ONLY = "400000000000000002";
  static final String MODERATORS_ROLE = "500000000000000001";
  static final String NEWSROOM_ROLE = "500000000000000002";

  static final long VIEW_CHANNEL = 1L << 10;
  static final long SEND_MESSAGES = 1L << 11;
  static final long EMBED_LINKS = 1L << 14;
  static final long READ_HISTORY = 1L << 16;
  static final long USE_COMMANDS = 1L << 31;
  static final long MANAGE_SERVER = 1L << 5;
  static final long EVERYONE = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | READ_HISTORY | USE_COMMANDS;

  private static final String API = "/api/v10/";
  private static final String JOINED = "2024-01-01T00:00:00.000000+00:00";

  /** A REST request the bot made. */
  record RestCall(String method, String path, String query, String body) {
    DataObject json() {
      return DataObject.fromJson(body);
    }

    DataArray jsonArray() {
      return DataArray.fromJson(body);
    }
  }

  /** A canned answer for the next request that matches. */
  private record Scripted(String method, Pattern path, int status, Map<String, String> headers, String body) {}

  private final HttpServer rest;
  private final Gateway gateway;
  private final List<RestCall> calls = new CopyOnWriteArrayList<>();
  /** By identity: a request repeated word for word (a retry) is a request of its own. */
  private final Set<RestCall> taken = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
  private final ConcurrentLinkedDeque<Scripted> scripted = new ConcurrentLinkedDeque<>();
  private final List<DataObject> identifies = new CopyOnWriteArrayList<>();
  private final AtomicLong ids = new AtomicLong();
  private final List<DataObject> created = new CopyOnWriteArrayList<>();
  private final Map<String, DataObject> byNonce = new java.util.concurrent.ConcurrentHashMap<>();

  FakeDiscord() throws Exception {
    rest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    rest.createContext("/", this::handle);
    rest.start();
    gateway = new Gateway();
    gateway.start();
    if (!gateway.started.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the fake gateway did not start");
    }
  }

  String apiUrl() {
    return "http://127.0.0.1:" + rest.getAddress().getPort() + API;
  }

  String gatewayUrl() {
    return "ws://127.0.0.1:" + gateway.getPort() + "/";
  }

  /**
   * A fresh snowflake. JDA reads an interaction's age from its id and refuses to answer one older
   * than 15 minutes, so ids carry the current time like Discord's.
   */
  String nextId() {
    long sinceDiscordEpoch = System.currentTimeMillis() - 1_420_070_400_000L;
    return Long.toString((sinceDiscordEpoch << 22) | (ids.incrementAndGet() & 0x3FFFFF));
  }

  List<DataObject> identifies() {
    return identifies;
  }

  /** Answers the next request to a path matching {@code pathRegex} with this status and body. */
  void failNext(String method, String pathRegex, int status, Map<String, String> headers, String body) {
    scripted.add(new Scripted(method, Pattern.compile(pathRegex), status, headers, body));
  }

  /**
   * Waits for a request not yet taken by an earlier wait, whose method and path match and that
   * satisfies {@code test}; takes it.
   */
  RestCall await(String method, String pathRegex, Predicate<RestCall> test) throws InterruptedException {
    Pattern path = Pattern.compile(pathRegex);
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < deadline) {
      for (RestCall call : calls) {
        if (!taken.contains(call) && call.method().equals(method) && path.matcher(call.path()).matches()
            && test.test(call)) {
          taken.add(call);
          return call;
        }
      }
      Thread.sleep(20);
    }
    return fail("no %s %s came; requests so far: %s", method, pathRegex, summary());
  }

  RestCall await(String method, String pathRegex) throws InterruptedException {
    return await(method, pathRegex, call -> true);
  }

  /** The messages created in a channel so far, as Discord answered them; a repeated nonce adds none. */
  List<DataObject> created(String channelId) {
    return created.stream().filter(message -> message.getString("channel_id").equals(channelId)).toList();
  }

  /** The requests so far that match, taken or not. */
  List<RestCall> calls(String method, String pathRegex) {
    Pattern path = Pattern.compile(pathRegex);
    return calls.stream().filter(c -> c.method().equals(method) && path.matcher(c.path()).matches()).toList();
  }

  private String summary() {
    List<String> lines = new ArrayList<>();
    calls.forEach(c -> lines.add(c.method() + " " + c.path()));
    return String.join(", ", lines);
  }

  // ---- gateway events a test sends ----

  /** A member of the test server: their id, name, roles, and the permissions Discord computed. */
  record Member(String id, String name, List<String> roles, long permissions) {
    DataObject user() {
      return DataObject.empty().put("id", id).put("username", name).put("discriminator", "0")
          .put("global_name", name).put("avatar", null);
    }

    DataObject json() {
      return DataObject.empty().put("user", user()).put("roles", DataArray.fromCollection(roles))
          .put("joined_at", JOINED).put("permissions", Long.toString(permissions)).put("flags", 0)
          .put("pending", false).put("deaf", false).put("mute", false).put("nick", null);
    }
  }

  /** Sends a slash command invocation; returns the interaction's id. */
  String slashCommand(Member member, String command, Map<String, String> options) {
    String id = nextId();
    DataArray optionArray = DataArray.empty();
    options.forEach((name, value) -> optionArray.add(DataObject.empty().put("name", name).put("type", 3)
        .put("value", value)));
    DataObject data = interaction(id, 2, member)
        .put("data", DataObject.empty().put("id", nextId()).put("name", command).put("type", 1)
            .put("options", optionArray));
    gateway.dispatch("INTERACTION_CREATE", data);
    return id;
  }

  /** {@code member} presses button {@code customId} under the bot's {@code message}; returns the interaction id. */
  String buttonPress(Member member, DataObject message, String customId) {
    String id = nextId();
    DataObject data = interaction(id, 3, member)
        .put("message", message)
        .put("data", DataObject.empty().put("custom_id", customId).put("component_type", 2));
    gateway.dispatch("INTERACTION_CREATE", data);
    return id;
  }

  private DataObject interaction(String id, int type, Member member) {
    return DataObject.empty()
        .put("id", id).put("application_id", BOT_ID).put("type", type).put("token", "itoken-" + id)
        .put("version", 1).put("guild_id", GUILD_ID).put("channel_id", GENERAL)
        .put("channel", channel(GENERAL, "general", DataArray.empty()).put("guild_id", GUILD_ID))
        .put("guild", DataObject.empty().put("id", GUILD_ID).put("locale", "en-US")
            .put("features", DataArray.empty()))
        .put("member", member.json()).put("locale", "en-US").put("guild_locale", "en-US")
        .put("context", 0)
        .put("authorizing_integration_owners", DataObject.empty().put("0", GUILD_ID))
        .put("app_permissions", Long.toString(EVERYONE)).put("entitlements", DataArray.empty());
  }

  /** Sends a message in #general; {@code mentionsBot} lists the bot among its mentions. */
  String channelMessage(Member member, String content, boolean mentionsBot) {
    String id = nextId();
    DataArray mentions = DataArray.empty();
    if (mentionsBot) {
      mentions.add(botUser());
    }
    DataObject data = DataObject.empty().put("id", id).put("channel_id", GENERAL).put("guild_id", GUILD_ID)
        .put("author", member.user()).put("member", member.json().remove("user"))
        .put("content", content).put("timestamp", JOINED).put("edited_timestamp", null)
        .put("tts", false).put("mention_everyone", false).put("mentions", mentions)
        .put("mention_roles", DataArray.empty()).put("attachments", DataArray.empty())
        .put("embeds", DataArray.empty()).put("pinned", false).put("type", 0).put("flags", 0)
        .put("components", DataArray.empty());
    gateway.dispatch("MESSAGE_CREATE", data);
    return id;
  }

  // ---- REST ----

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      path = path.startsWith(API) ? path.substring(API.length()) : path;
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      calls.add(new RestCall(method, path, exchange.getRequestURI().getQuery(), body));
      for (Scripted script : scripted) {
        if (script.method().equals(method) && script.path().matcher(path).matches() && scripted.remove(script)) {
          script.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
          respond(exchange, script.status(), script.body());
          return;
        }
      }
      route(exchange, method, path, body);
    }
  }

  private void route(HttpExchange exchange, String method, String path, String body) throws IOException {
    if (method.equals("GET") && path.equals("users/@me")) {
      respond(exchange, 200, botUser().toString());
    } else if (method.equals("GET") && path.equals("gateway/bot")) {
      respond(exchange, 200, DataObject.empty().put("url", gatewayUrl()).put("shards", 1)
          .put("session_start_limit", DataObject.empty().put("total", 1000).put("remaining", 1000)
              .put("reset_after", 0).put("max_concurrency", 1)).toString());
    } else if (method.equals("PUT") && path.matches("applications/\\d+/(guilds/\\d+/)?commands")) {
      DataArray commands = DataArray.fromJson(body);
      DataArray echoed = DataArray.empty();
      for (int i = 0; i < commands.length(); i++) {
        echoed.add(commands.getObject(i).put("id", nextId()).put("application_id", BOT_ID).put("version", nextId()));
      }
      respond(exchange, 200, echoed.toString());
    } else if (method.equals("POST") && path.matches("interactions/\\d+/[^/]+/callback")) {
      respond(exchange, 204, null);
    } else if (method.equals("PATCH") && path.matches("webhooks/\\d+/[^/]+/messages/@original")) {
      respond(exchange, 200, message(GENERAL, DataObject.fromJson(body)).toString());
    } else if (method.equals("DELETE") && path.matches("webhooks/\\d+/[^/]+/messages/@original")) {
      respond(exchange, 204, null);
    } else if (method.equals("POST") && path.matches("webhooks/\\d+/[^/]+")) {
      respond(exchange, 200, message(GENERAL, DataObject.fromJson(body)).toString());
    } else if (method.equals("POST") && path.matches("channels/\\d+/messages")) {
      respond(exchange, 200, createMessage(path.split("/")[1], DataObject.fromJson(body)).toString());
    } else {
      respond(exchange, 404, DataObject.empty().put("message", "Unknown route " + method + " " + path)
          .put("code", 0).toString());
    }
  }

  private DataObject createMessage(String channelId, DataObject request) {
    String nonce = request.getBoolean("enforce_nonce", false) ? request.getString("nonce", null) : null;
    synchronized (created) {
      if (nonce != null && byNonce.containsKey(nonce)) {
        return byNonce.get(nonce);
      }
      DataObject message = message(channelId, request).put("nonce", request.opt("nonce").orElse(null));
      created.add(message);
      if (nonce != null) {
        byNonce.put(nonce, message);
      }
      return message;
    }
  }

  private DataObject message(String channelId, DataObject request) {
    return DataObject.empty().put("id", nextId()).put("channel_id", channelId).put("author", botUser())
        .put("content", request.getString("content", "")).put("timestamp", JOINED)
        .put("edited_timestamp", null).put("tts", false).put("mention_everyone", false)
        .put("mentions", DataArray.empty()).put("mention_roles", DataArray.empty())
        .put("attachments", DataArray.empty())
        .put("embeds", richEmbeds(request)).put("pinned", false)
        .put("type", 0).put("flags", request.getInt("flags", 0))
        .put("components", request.optArray("components").orElse(DataArray.empty()));
  }

  /** The request's embeds as Discord returns them, with their type. */
  private static DataArray richEmbeds(DataObject request) {
    DataArray embeds = request.optArray("embeds").orElse(DataArray.empty());
    DataArray typed = DataArray.empty();
    for (int i = 0; i < embeds.length(); i++) {
      typed.add(embeds.getObject(i).put("type", "rich"));
    }
    return typed;
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    if (body == null) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  // ---- payloads ----

  static DataObject botUser() {
    return DataObject.empty().put("id", BOT_ID).put("username", "newsbot").put("discriminator", "0000")
        .put("bot", true).put("verified", true).put("mfa_enabled", false).put("avatar", null);
  }

  private static DataObject channel(String id, String name, DataArray overwrites) {
    return DataObject.empty().put("id", id).put("type", 0).put("name", name).put("position", 0)
        .put("permission_overwrites", overwrites);
  }

  private static DataObject role(String id, String name, long permissions, int position) {
    return DataObject.empty().put("id", id).put("name", name).put("permissions", Long.toString(permissions))
        .put("position", position).put("color", 0).put("hoist", false).put("managed", false)
        .put("mentionable", false)
        .put("colors", DataObject.empty().put("primary_color", 0).put("secondary_color", null)
            .put("tertiary_color", null));
  }

  private static DataObject guildCreate() {
    DataObject self = DataObject.empty().put("user", botUser()).put("roles", DataArray.empty())
        .put("joined_at", JOINED).put("flags", 0);
    // the bot may read but not write in #read-only
    DataArray readOnlyOverwrites = DataArray.empty().add(DataObject.empty().put("id", BOT_ID).put("type", 1)
        .put("allow", "0").put("deny", Long.toString(SEND_MESSAGES)));
    return DataObject.empty().put("id", GUILD_ID).put("name", "Test Server").put("owner_id", OWNER_ID)
        .put("member_count", 5).put("afk_timeout", 300).put("unavailable", false)
        .put("members", DataArray.empty().add(self))
        .put("roles", DataArray.empty()
            .add(role(GUILD_ID, "@everyone", EVERYONE, 0))
            .add(role(MODERATORS_ROLE, "Moderators", EVERYONE | MANAGE_SERVER, 2))
            .add(role(NEWSROOM_ROLE, "Newsroom", EVERYONE, 1)))
        .put("channels", DataArray.empty()
            .add(channel(GENERAL, "general", DataArray.empty()))
            .add(channel(READ_ONLY, "read-only", readOnlyOverwrites)))
        .put("threads", DataArray.empty()).put("guild_scheduled_events", DataArray.empty())
        .put("emojis", DataArray.empty()).put("stickers", DataArray.empty())
        .put("voice_states", DataArray.empty()).put("presences", DataArray.empty())
        .put("features", DataArray.empty());
  }

  @Override
  public void close() {
    rest.stop(0);
    try {
      gateway.stop(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The gateway: HELLO on connect, READY and GUILD_CREATE on IDENTIFY, ACK on heartbeats. */
  private final class Gateway extends WebSocketServer {
    private final CountDownLatch started = new CountDownLatch(1);
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<WebSocket> identified = new CopyOnWriteArrayList<>();

    Gateway() {
      super(new InetSocketAddress("127.0.0.1", 0));
      setReuseAddr(true);
    }

    @Override
    public void onStart() {
      started.countDown();
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
      boolean zlib = handshake.getResourceDescriptor().contains("compress=zlib-stream");
      connection.setAttachment(zlib ? new Deflater() : null);
      send(connection, DataObject.empty().put("op", 10).put("d", DataObject.empty().put("heartbeat_interval", 41250)));
    }

    @Override
    public void onMessage(WebSocket connection, String message) {
      DataObject payload = DataObject.fromJson(message);
      switch (payload.getInt("op")) {
        case 1 -> send(connection, DataObject.empty().put("op", 11));
        case 2 -> {
          identifies.add(payload.getObject("d"));
          DataObject ready = DataObject.empty().put("v", 10).put("user", botUser())
              .put("guilds", DataArray.empty().add(DataObject.empty().put("id", GUILD_ID).put("unavailable", true)))
              .put("private_channels", DataArray.empty()).put("session_id", "fake-session")
              .put("resume_gateway_url", gatewayUrl())
              .put("application", DataObject.empty().put("id", BOT_ID).put("flags", 0));
          dispatch(connection, "READY", ready);
          dispatch(connection, "GUILD_CREATE", guildCreate());
          identified.add(connection);
        }
        default -> { }
      }
    }

    void dispatch(String type, DataObject data) {
      if (identified.isEmpty()) {
        throw new IllegalStateException("no shard has identified yet");
      }
      identified.forEach(connection -> dispatch(connection, type, data));
    }

    private synchronized void dispatch(WebSocket connection, String type, DataObject data) {
      send(connection, DataObject.empty().put("op", 0).put("s", sequence.incrementAndGet()).put("t", type)
          .put("d", data));
    }

    private synchronized void send(WebSocket connection, DataObject payload) {
      byte[] json = payload.toString().getBytes(StandardCharsets.UTF_8);
      Deflater deflater = connection.getAttachment();
      if (deflater == null) {
        connection.send(payload.toString());
        return;
      }
      // one zlib stream per connection, each message ending in a sync flush (00 00 ff ff)
      synchronized (deflater) {
        deflater.setInput(json);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int written;
        do {
          written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
          out.write(buffer, 0, written);
        } while (written == buffer.length);
        connection.send(out.toByteArray());
      }
    }

    @Override
    public void onMessage(WebSocket connection, ByteBuffer message) {
      // the bot sends text frames only
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
      identified.remove(connection);
    }

    @Override
    public void onError(WebSocket connection, Exception e) {
      // a connection dropping while a test stops the bot is expected; the test sees what matters
    }
  }
}
