package org.newsbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Telegram Bot API server on 127.0.0.1 for tests, in the shapes of the official documentation:
 * {@code POST /bot<token>/<method>} (method names in any case) with JSON, form or multipart
 * parameters, answers {@code {"ok":true,"result":...}} or {@code {"ok":false,"error_code":N,
 * "description":"..."}} with the same HTTP status, and 429s carrying {@code parameters.retry_after}.
 * getUpdates long-polls and gives only the kinds of update asked for in allowed_updates. sendMessage
 * checks HTML the way Telegram does, enforces the length limit and checks inline keyboards
 * (callback_data of 1-64 bytes). The user side: {@link #userSends} queues a message update,
 * {@link #userPresses} a callback_query for a button of one of the bot's messages; the bot's messages
 * and calls are recorded. answerCallbackQuery accepts each open query once.
 */
final class FakeTelegramServer implements AutoCloseable {
  static final String TOKEN = "7123456789:AAHfake-Secret_tokenValue0123456789abc";
  static final long BOT_ID = 7123456789L;
  static final String BOT_USERNAME = "newsbot_test_bot";
  private static final Pattern MENTION = Pattern.compile("@[A-Za-z0-9_]{5,32}");
  private static final Pattern COMMAND = Pattern.compile("^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?");

  /** A message the bot sent, as the server received and parsed it. */
  record Sent(long messageId, String chatId, String text, String parseMode, JsonNode params, String visibleText,
      List<TelegramHtml.Link> links) {
    Integer replyTo() {
      JsonNode reply = params.path("reply_parameters").path("message_id");
      return reply.isMissingNode() || reply.isNull() ? null : reply.asInt();
    }

    boolean previewsOff() {
      return params.path("link_preview_options").path("is_disabled").asBoolean(false);
    }

    /** The inline buttons under the message, row after row. */
    List<Button> keyboard() {
      List<Button> buttons = new ArrayList<>();
      for (JsonNode row : params.path("reply_markup").path("inline_keyboard")) {
        for (JsonNode button : row) {
          buttons.add(new Button(button.path("text").asText(), button.path("callback_data").asText(null)));
        }
      }
      return buttons;
    }
  }

  /** An inline button as the bot sent it. */
  record Button(String text, String callbackData) {}

  /** A Bot API call, for checking what the bot asked for. */
  record Call(String method, JsonNode params) {}

  /** A user or group chat on the user side. */
  record Chat(long id, String type, String title) {
    static Chat privateWith(long userId) {
      return new Chat(userId, "private", null);
    }

    static Chat group(long id, String title) {
      return new Chat(id, "supergroup", title);
    }
  }

  record User(long id, String firstName, String username) {}

  private static final class Failure {
    final int status;
    final String body;
    int letThrough;

    Failure(int status, String body, int letThrough) {
      this.status = status;
      this.body = body;
      this.letThrough = letThrough;
    }
  }

  private final ObjectMapper json = new ObjectMapper();
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "fake-telegram");
    thread.setDaemon(true);
    return thread;
  });
  private final Object lock = new Object();
  private final List<ObjectNode> updates = new ArrayList<>();
  private final List<Sent> sent = new ArrayList<>();
  private final List<Call> calls = new ArrayList<>();
  private final Map<Long, List<Long>> administrators = new HashMap<>();
  private final Set<String> openCallbacks = new HashSet<>();
  private final Set<String> blockedChats = new HashSet<>();
  private final Deque<Failure> failures = new ArrayDeque<>();
  private final AtomicInteger rateLimited = new AtomicInteger();
  private int nextUpdateId = 1;
  private long nextMessageId = 1000;
  private int sendsPerSecond;
  private long windowStart;
  private int sendsInWindow;
  private volatile boolean closed;

  FakeTelegramServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(executor);
    server.createContext("/", this::exchange);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  // ---- the user side ----------------------------------------------------------------------

  /** A user writes {@code text} in {@code chat}; returns the message id. Entities are found as Telegram would. */
  long userSends(Chat chat, User from, String text) {
    return userSends(chat, from, text, null);
  }

  /** The same, as a reply to the bot's message {@code replyTo}. */
  long userSends(Chat chat, User from, String text, Sent replyTo) {
    synchronized (lock) {
      long messageId = nextMessageId++;
      ObjectNode message = json.createObjectNode();
      message.put("message_id", messageId);
      message.set("from", user(from.id(), false, from.firstName(), from.username()));
      message.set("chat", chat(chat, from));
      message.put("date", System.currentTimeMillis() / 1000);
      message.put("text", text);
      ArrayNode entities = entities(text);
      if (!entities.isEmpty()) {
        message.set("entities", entities);
      }
      if (replyTo != null) {
        ObjectNode original = json.createObjectNode();
        original.put("message_id", replyTo.messageId());
        original.set("from", user(BOT_ID, true, "newsbot", BOT_USERNAME));
        original.set("chat", chat(chat, from));
        original.put("date", System.currentTimeMillis() / 1000);
        original.put("text", replyTo.visibleText());
        message.set("reply_to_message", original);
      }
      ObjectNode update = json.createObjectNode();
      update.put("update_id", nextUpdateId++);
      update.set("message", message);
      updates.add(update);
      lock.notifyAll();
      return messageId;
    }
  }

  /**
   * {@code from} presses the inline button labelled {@code buttonText} under the bot's message
   * {@code message} in {@code chat}; returns the callback query's id.
   */
  String userPresses(Chat chat, User from, Sent message, String buttonText) {
    Button button = message.keyboard().stream().filter(b -> b.text().equals(buttonText)).findFirst()
        .orElseThrow(() -> new AssertionError("no button '" + buttonText + "' under " + message));
    return userPressesWithData(chat, from, message, button.callbackData());
  }

  /** A callback_query for {@code message} carrying {@code data}, whatever its buttons say (a forged press). */
  String userPressesWithData(Chat chat, User from, Sent message, String data) {
    synchronized (lock) {
      String queryId = "cq" + nextUpdateId + "x" + from.id();
      ObjectNode original = json.createObjectNode();
      original.put("message_id", message.messageId());
      original.set("from", user(BOT_ID, true, "newsbot", BOT_USERNAME));
      original.set("chat", chat(chat, from));
      original.put("date", System.currentTimeMillis() / 1000);
      original.put("text", message.visibleText());
      if (message.params().has("reply_markup")) {
        original.set("reply_markup", message.params().get("reply_markup"));
      }
      ObjectNode query = json.createObjectNode();
      query.put("id", queryId);
      query.set("from", user(from.id(), false, from.firstName(), from.username()));
      query.set("message", original);
      query.put("chat_instance", "ci" + chat.id());
      query.put("data", data);
      ObjectNode update = json.createObjectNode();
      update.put("update_id", nextUpdateId++);
      update.set("callback_query", query);
      updates.add(update);
      openCallbacks.add(queryId);
      lock.notifyAll();
      return queryId;
    }
  }

  /** A group administrator posts anonymously, as the group; returns the message id. */
  long adminSendsAnonymously(Chat group, String text) {
    synchronized (lock) {
      long messageId = userSends(group, new User(1087968824L, "Group", "GroupAnonymousBot"), text);
      ObjectNode last = (ObjectNode) updates.get(updates.size() - 1).path("message");
      ((ObjectNode) last.path("from")).put("is_bot", true);
      ObjectNode senderChat = json.createObjectNode();
      senderChat.put("id", group.id());
      senderChat.put("type", group.type());
      senderChat.put("title", group.title());
      last.set("sender_chat", senderChat);
      return messageId;
    }
  }

  /** An update the way Telegram would post it to a webhook. */
  String updateJson(Chat chat, User from, String text) {
    synchronized (lock) {
      ObjectNode message = json.createObjectNode();
      message.put("message_id", nextMessageId++);
      message.set("from", user(from.id(), false, from.firstName(), from.username()));
      message.set("chat", chat(chat, from));
      message.put("date", System.currentTimeMillis() / 1000);
      message.put("text", text);
      ObjectNode update = json.createObjectNode();
      update.put("update_id", nextUpdateId++);
      update.set("message", message);
      return update.toString();
    }
  }

  void setAdministrators(long chatId, Long... userIds) {
    synchronized (lock) {
      administrators.put(chatId, List.of(userIds));
    }
  }

  /** The user blocked the bot: sending there answers 403. */
  void block(String chatId) {
    synchronized (lock) {
      blockedChats.add(chatId);
    }
  }

  /** The next sendMessage calls fail with these answers, in order. */
  void failNextSend(int status, String body) {
    failSendAfter(0, status, body);
  }

  /** After {@code succeeding} more sendMessage calls go through, the next one fails with this answer. */
  void failSendAfter(int succeeding, int status, String body) {
    synchronized (lock) {
      failures.add(new Failure(status, body, succeeding));
    }
  }

  /** From now on at most {@code perSecond} sendMessage calls succeed per second; the rest get 429. */
  void rateLimit(int perSecond) {
    synchronized (lock) {
      sendsPerSecond = perSecond;
      windowStart = System.nanoTime();
      sendsInWindow = 0;
    }
  }

  int rateLimitedCount() {
    return rateLimited.get();
  }

  List<Sent> sentTo(String chatId) {
    synchronized (lock) {
      return sent.stream().filter(message -> message.chatId().equals(chatId)).toList();
    }
  }

  List<Sent> sent() {
    synchronized (lock) {
      return List.copyOf(sent);
    }
  }

  List<Call> calls(String method) {
    synchronized (lock) {
      return calls.stream().filter(call -> call.method().equals(method)).toList();
    }
  }

  /** Waits until a sent message matches; fails the test after {@code timeout}. */
  Sent awaitSent(Predicate<Sent> match, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (true) {
        for (Sent message : sent) {
          if (match.test(message)) {
            return message;
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("no such message within " + timeout + "; sent so far: " + sent);
        }
        TimeUnit.NANOSECONDS.timedWait(lock, left);
      }
    }
  }

  /** Waits until the bot made {@code count} calls of {@code method}; returns them. */
  List<Call> awaitCalls(String method, int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (calls(method).size() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(count + " " + method + " calls expected within " + timeout + "; got "
              + calls(method));
        }
        TimeUnit.NANOSECONDS.timedWait(lock, left);
      }
      return calls(method);
    }
  }

  /** Waits until {@code count} messages went to {@code chatId}; returns them. */
  List<Sent> awaitSentTo(String chatId, int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (sentTo(chatId).size() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(count + " messages to " + chatId + " expected within " + timeout + "; got "
              + sentTo(chatId));
        }
        TimeUnit.NANOSECONDS.timedWait(lock, left);
      }
      return sentTo(chatId);
    }
  }

  // ---- the Bot API side --------------------------------------------------------------------

  private void exchange(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      Matcher matcher = Pattern.compile("^/bot([^/]+)/([A-Za-z]+)$").matcher(path);
      if (!matcher.matches()) {
        error(exchange, 404, "Not Found");
        return;
      }
      if (!matcher.group(1).equals(TOKEN)) {
        error(exchange, 401, "Unauthorized");
        return;
      }
      String method = matcher.group(2).toLowerCase(Locale.ROOT);
      ObjectNode params = params(exchange);
      synchronized (lock) {
        calls.add(new Call(method, params));
        lock.notifyAll();
      }
      switch (method) {
        case "getme" -> ok(exchange, user(BOT_ID, true, "newsbot", BOT_USERNAME));
        case "deletewebhook", "setwebhook", "setmycommands", "sendchataction" -> ok(exchange,
            json.getNodeFactory().booleanNode(true));
        case "getupdates" -> ok(exchange, getUpdates(params));
        case "sendmessage" -> sendMessage(exchange, params);
        case "getchatadministrators" -> getChatAdministrators(exchange, params);
        case "answercallbackquery" -> answerCallbackQuery(exchange, params);
        default -> error(exchange, 404, "Not Found: method not found");
      }
    }
  }

  private JsonNode getUpdates(JsonNode params) {
    long offset = params.path("offset").asLong(0);
    int limit = params.path("limit").asInt(100);
    long timeoutSeconds = Math.min(params.path("timeout").asLong(0), 10);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    Set<String> allowed = new HashSet<>();
    params.path("allowed_updates").forEach(kind -> allowed.add(kind.asText()));
    synchronized (lock) {
      updates.removeIf(update -> update.path("update_id").asLong() < offset);
      while (!closed) {
        // Telegram never delivers a kind of update the bot did not ask for
        updates.removeIf(update -> !allowed.isEmpty() && allowed.stream().noneMatch(update::has));
        if (!updates.isEmpty()) {
          break;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(lock, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      ArrayNode result = json.createArrayNode();
      updates.stream().limit(limit).forEach(result::add);
      return result;
    }
  }

  private void sendMessage(HttpExchange exchange, JsonNode params) throws IOException {
    String chatId = params.path("chat_id").asText("");
    String text = params.path("text").asText("");
    String parseMode = params.path("parse_mode").isMissingNode() ? null : params.path("parse_mode").asText();
    Failure failure;
    synchronized (lock) {
      failure = failures.peek();
      if (failure != null && failure.letThrough > 0) {
        failure.letThrough--;
        failure = null;
      } else if (failure != null) {
        failures.poll();
      }
      if (failure == null && sendsPerSecond > 0) {
        long now = System.nanoTime();
        if (now - windowStart >= TimeUnit.SECONDS.toNanos(1)) {
          windowStart = now;
          sendsInWindow = 0;
        }
        if (sendsInWindow >= sendsPerSecond) {
          rateLimited.incrementAndGet();
          failure = new Failure(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: "
              + "retry after 1\",\"parameters\":{\"retry_after\":1}}", 0);
        } else {
          sendsInWindow++;
        }
      }
    }
    if (failure != null) {
      respond(exchange, failure.status, failure.body);
      return;
    }
    if (chatId.isEmpty()) {
      error(exchange, 400, "Bad Request: chat_id is empty");
      return;
    }
    if (text.isBlank()) {
      error(exchange, 400, "Bad Request: message text is empty");
      return;
    }
    synchronized (lock) {
      if (blockedChats.contains(chatId)) {
        error(exchange, 403, "Forbidden: bot was blocked by the user");
        return;
      }
    }
    String visible = text;
    List<TelegramHtml.Link> links = List.of();
    if (parseMode != null && parseMode.equalsIgnoreCase("html")) {
      try {
        TelegramHtml.Parsed parsed = TelegramHtml.parse(text);
        visible = parsed.text();
        links = parsed.links();
      } catch (TelegramHtml.BadHtml e) {
        error(exchange, 400, "Bad Request: can't parse entities: " + e.getMessage());
        return;
      }
    }
    if (visible.length() > MessageSplitter.TELEGRAM_LIMIT) {
      error(exchange, 400, "Bad Request: message is too long");
      return;
    }
    String badKeyboard = keyboardProblem(params.path("reply_markup"));
    if (badKeyboard != null) {
      error(exchange, 400, "Bad Request: " + badKeyboard);
      return;
    }
    ObjectNode message = json.createObjectNode();
    synchronized (lock) {
      long messageId = nextMessageId++;
      message.put("message_id", messageId);
      message.set("from", user(BOT_ID, true, "newsbot", BOT_USERNAME));
      ObjectNode chat = json.createObjectNode();
      chat.put("id", Long.parseLong(chatId));
      chat.put("type", chatId.startsWith("-") ? "supergroup" : "private");
      message.set("chat", chat);
      message.put("date", System.currentTimeMillis() / 1000);
      message.put("text", visible);
      if (params.has("reply_markup")) {
        message.set("reply_markup", params.get("reply_markup"));
      }
      sent.add(new Sent(messageId, chatId, text, parseMode, params, visible, links));
      lock.notifyAll();
    }
    ok(exchange, message);
  }

  /** What Telegram would say about an inline keyboard, or null when it is fine or absent. */
  private static String keyboardProblem(JsonNode markup) {
    if (markup.isMissingNode() || markup.isNull()) {
      return null;
    }
    JsonNode rows = markup.path("inline_keyboard");
    if (!rows.isArray()) {
      return "field \"inline_keyboard\" of the InlineKeyboardMarkup should be an Array of Arrays";
    }
    for (JsonNode row : rows) {
      if (!row.isArray()) {
        return "field \"inline_keyboard\" of the InlineKeyboardMarkup should be an Array of Arrays";
      }
      for (JsonNode button : row) {
        if (button.path("text").asText("").isEmpty()) {
          return "text buttons are unallowed in the inline keyboard";
        }
        JsonNode data = button.path("callback_data");
        if (data.isMissingNode() && button.path("url").isMissingNode()) {
          return "can't find field \"callback_data\" or \"url\" in an inline keyboard button";
        }
        int bytes = data.asText("").getBytes(StandardCharsets.UTF_8).length;
        if (!data.isMissingNode() && (bytes < 1 || bytes > 64)) {
          return "BUTTON_DATA_INVALID";
        }
      }
    }
    return null;
  }

  private void answerCallbackQuery(HttpExchange exchange, JsonNode params) throws IOException {
    String id = params.path("callback_query_id").asText("");
    if (params.path("text").asText("").length() > 200) {
      error(exchange, 400, "Bad Request: MESSAGE_TOO_LONG");
      return;
    }
    boolean open;
    synchronized (lock) {
      open = openCallbacks.remove(id);
    }
    if (!open) {
      error(exchange, 400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
      return;
    }
    ok(exchange, json.getNodeFactory().booleanNode(true));
  }

  private void getChatAdministrators(HttpExchange exchange, JsonNode params) throws IOException {
    long chatId = params.path("chat_id").asLong();
    if (chatId > 0) {
      error(exchange, 400, "Bad Request: there are no administrators in the private chat");
      return;
    }
    List<Long> ids;
    synchronized (lock) {
      ids = administrators.get(chatId);
    }
    if (ids == null) {
      error(exchange, 400, "Bad Request: chat not found");
      return;
    }
    ArrayNode result = json.createArrayNode();
    boolean first = true;
    for (long id : ids) {
      ObjectNode member = json.createObjectNode();
      member.put("status", first ? "creator" : "administrator");
      member.set("user", user(id, false, "Admin" + id, "admin" + id));
      member.put("is_anonymous", false);
      if (!first) {
        member.put("can_be_edited", false);
        member.put("can_manage_chat", true);
        member.put("can_delete_messages", true);
        member.put("can_manage_video_chats", true);
        member.put("can_restrict_members", true);
        member.put("can_promote_members", false);
        member.put("can_change_info", true);
        member.put("can_invite_users", true);
        member.put("can_post_stories", false);
        member.put("can_edit_stories", false);
        member.put("can_delete_stories", false);
      }
      result.add(member);
      first = false;
    }
    ok(exchange, result);
  }

  private ArrayNode entities(String text) {
    ArrayNode entities = json.createArrayNode();
    int commandEnd = 0;
    Matcher command = COMMAND.matcher(text);
    if (command.find()) {
      entities.add(entity("bot_command", command.start(), command.end() - command.start()));
      commandEnd = command.end();
    }
    Matcher mention = MENTION.matcher(text);
    while (mention.find()) {
      boolean wordStart = mention.start() == 0 || !Character.isLetterOrDigit(text.charAt(mention.start() - 1));
      if (mention.start() >= commandEnd && wordStart) {
        entities.add(entity("mention", mention.start(), mention.end() - mention.start()));
      }
    }
    return entities;
  }

  private ObjectNode entity(String type, int offset, int length) {
    ObjectNode entity = json.createObjectNode();
    entity.put("type", type);
    entity.put("offset", offset);
    entity.put("length", length);
    return entity;
  }

  private ObjectNode user(long id, boolean bot, String firstName, String username) {
    ObjectNode user = json.createObjectNode();
    user.put("id", id);
    user.put("is_bot", bot);
    user.put("first_name", firstName);
    if (username != null) {
      user.put("username", username);
    }
    return user;
  }

  private ObjectNode chat(Chat chat, User from) {
    ObjectNode node = json.createObjectNode();
    node.put("id", chat.id());
    node.put("type", chat.type());
    if (chat.title() != null) {
      node.put("title", chat.title());
    } else {
      node.put("first_name", from.firstName());
    }
    return node;
  }

  private ObjectNode params(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    ObjectNode params = json.createObjectNode();
    String query = exchange.getRequestURI().getRawQuery();
    if (query != null) {
      form(query, params);
    }
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    type = type == null ? "" : type.toLowerCase(Locale.ROOT);
    String text = new String(body, StandardCharsets.UTF_8);
    if (type.startsWith("application/json") && !text.isBlank()) {
      JsonNode node = json.readTree(text);
      if (node.isObject()) {
        params.setAll((ObjectNode) node);
      }
    } else if (type.startsWith("application/x-www-form-urlencoded")) {
      form(text, params);
    } else if (type.startsWith("multipart/form-data")) {
      multipart(text, type.replaceAll(".*boundary=\"?([^\";]+)\"?.*", "$1"),
          exchange.getRequestHeaders().getFirst("Content-Type"), params);
    }
    return params;
  }

  private static void form(String text, ObjectNode params) {
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.put(key, value);
    }
  }

  private void multipart(String body, String lowerBoundary, String header, ObjectNode params) throws IOException {
    // the boundary is case-sensitive: take it from the original header
    Matcher matcher = Pattern.compile("boundary=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE).matcher(header);
    String boundary = matcher.find() ? matcher.group(1) : lowerBoundary;
    for (String part : body.split("--" + Pattern.quote(boundary))) {
      int split = part.indexOf("\r\n\r\n");
      if (split < 0) {
        continue;
      }
      Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(part.substring(0, split));
      if (!name.find()) {
        continue;
      }
      String value = part.substring(split + 4);
      if (value.endsWith("\r\n")) {
        value = value.substring(0, value.length() - 2);
      }
      if (value.startsWith("[") || value.startsWith("{")) {
        params.set(name.group(1), json.readTree(value));
      } else {
        params.put(name.group(1), value);
      }
    }
  }

  private void ok(HttpExchange exchange, JsonNode result) throws IOException {
    ObjectNode body = json.createObjectNode();
    body.put("ok", true);
    body.set("result", result);
    respond(exchange, 200, body.toString());
  }

  private void error(HttpExchange exchange, int code, String description) throws IOException {
    ObjectNode body = json.createObjectNode();
    body.put("ok", false);
    body.put("error_code", code);
    body.put("description", description);
    respond(exchange, code, body.toString());
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type",
        body.startsWith("{") ? "application/json" : "text/html; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    closed = true;
    synchronized (lock) {
      lock.notifyAll();
    }
    server.stop(0);
    executor.shutdownNow();
  }
}
