package org.newsbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.chat.ChatPlatform;
import org.newsbot.chat.DeliveryException;
import org.newsbot.chat.DeliveryException.Kind;
import org.newsbot.chat.Reply;

/** Posting alerts through the Discord chat platform, and what each kind of failure becomes. */
class DiscordChatPlatformTest {
  private static final String CHANNEL_MESSAGES = "channels/" + FakeDiscord.GENERAL + "/messages";

  @TempDir
  static Path dir;

  static RunningBot running;
  static FakeDiscord discord;
  static ChatPlatform platform;

  @BeforeAll
  static void start() throws Exception {
    running = RunningBot.start(dir, newsbot -> { });
    discord = running.discord;
    platform = running.bot.platform();
  }

  @AfterAll
  static void stop() throws Exception {
    if (running != null) {
      running.close();
    }
  }

  @Test
  void isNamedDiscord() {
    assertThat(platform.name()).isEqualTo("discord");
  }

  @Test
  void postsAnAnswerAsAnEmbedToTheChannel() throws Exception {
    Reply alert = Reply.of(running.newsbot.ask("Who claimed responsibility for the Crocus City Hall attack?"));

    platform.send(FakeDiscord.GENERAL, alert);

    DataObject body = discord.await("POST", CHANNEL_MESSAGES,
        call -> call.body().contains("Islamic State")).json();
    assertThat(body.getArray("embeds").getObject(0).getArray("fields").length()).isPositive();
    DiscordBotTest.assertNoMentions(body);
  }

  @Test
  void textWithEveryoneIsPostedWithoutMentions() throws Exception {
    platform.send(FakeDiscord.GENERAL, Reply.info("New: organisers tell @everyone to leave the pier"));

    DataObject body = discord.await("POST", CHANNEL_MESSAGES, call -> call.body().contains("leave the pier"))
        .json();
    assertThat(body.getString("content")).isEqualTo("New: organisers tell @\u200Beveryone to leave the pier");
    DiscordBotTest.assertNoMentions(body);
  }

  @Test
  void aChannelWhereTheBotMayNotPostIsGoneWithoutTrying() {
    DeliveryException e = failure(FakeDiscord.READ_ONLY);

    assertThat(e.kind()).isEqualTo(Kind.CHAT_GONE);
    assertThat(discord.calls("POST", "channels/" + FakeDiscord.READ_ONLY + "/messages")).isEmpty();
  }

  @Test
  void anUnknownChannelIsGone() {
    assertThat(failure("400000000000000099").kind()).isEqualTo(Kind.CHAT_GONE);
  }

  @Test
  void somethingThatIsNoDiscordChatIdIsRejected() {
    assertThat(failure("general").kind()).isEqualTo(Kind.REJECTED);
  }

  @Test
  void missingPermissionsReportedByDiscordMeanTheChatIsGone() {
    discord.failNext("POST", CHANNEL_MESSAGES, 403, Map.of(), "{\"message\":\"Missing Permissions\",\"code\":50013}");

    assertThat(failure(FakeDiscord.GENERAL).kind()).isEqualTo(Kind.CHAT_GONE);
  }

  @Test
  void aRateLimitIsPassedOnWithItsRetryAfter() {
    discord.failNext("POST", CHANNEL_MESSAGES, 429, Map.of("Retry-After", "7"),
        "{\"message\":\"You are being rate limited.\",\"retry_after\":7.0,\"global\":false}");

    DeliveryException e = failure(FakeDiscord.GENERAL);

    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void aServerErrorIsTransient() {
    discord.failNext("POST", CHANNEL_MESSAGES, 500, Map.of(), "{\"message\":\"Internal Server Error\",\"code\":0}");

    assertThat(failure(FakeDiscord.GENERAL).kind()).isEqualTo(Kind.TRANSIENT);
  }

  @Test
  void aMessageDiscordRefusesIsRejected() {
    discord.failNext("POST", CHANNEL_MESSAGES, 400, Map.of(), "{\"message\":\"Invalid Form Body\",\"code\":50035}");

    assertThat(failure(FakeDiscord.GENERAL).kind()).isEqualTo(Kind.REJECTED);
  }

  @Test
  void aLongReplyIsPostedInSeveralMessagesWithinTheLimits() throws Exception {
    String paragraph = "Harbour update: the quay stays closed while crews clear debris from the pier. ".repeat(20);
    Reply reply = Reply.info(paragraph, paragraph, paragraph);

    platform.send(FakeDiscord.GENERAL, reply);

    List<FakeDiscord.RestCall> posts = List.of(
        discord.await("POST", CHANNEL_MESSAGES, call -> call.body().contains("Harbour update")),
        discord.await("POST", CHANNEL_MESSAGES, call -> call.body().contains("Harbour update")));
    for (FakeDiscord.RestCall post : posts) {
      assertThat(post.json().getString("content").length()).isLessThanOrEqualTo(2000);
    }
  }

  @Test
  void anIdempotencyKeyIsSentAsTheSameEnforcedNonceEveryTime() throws Exception {
    String paragraph = "Storm update: the harbour stays shut while crews secure the moorings. ".repeat(20);
    Reply alert = Reply.info(paragraph, paragraph); // two messages' worth

    platform.send(FakeDiscord.GENERAL, alert, "alert:discord:harbour-17");
    platform.send(FakeDiscord.GENERAL, alert, "alert:discord:harbour-17");
    platform.send(FakeDiscord.GENERAL, alert, "alert:discord:harbour-18");

    List<DataObject> posts = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      posts.add(discord.await("POST", CHANNEL_MESSAGES, call -> call.body().contains("Storm update")).json());
    }
    List<String> nonces = posts.stream().map(body -> body.getString("nonce")).toList();
    assertThat(posts).allSatisfy(body -> assertThat(body.getBoolean("enforce_nonce")).isTrue());
    assertThat(nonces).allSatisfy(nonce -> assertThat(nonce).hasSizeLessThanOrEqualTo(25));
    assertThat(nonces.subList(0, 2)).as("the second send").isEqualTo(nonces.subList(2, 4))
        .containsExactly(MessageNonce.of("alert:discord:harbour-17", 0),
            MessageNonce.of("alert:discord:harbour-17", 1));
    assertThat(nonces.subList(4, 6)).as("another key").doesNotContainAnyElementsOf(nonces.subList(0, 2));
    // Discord gave back the first send's messages for the second: two alerts, four messages
    assertThat(discord.created(FakeDiscord.GENERAL)).filteredOn(message -> message.getString("content")
        .contains("Storm update")).hasSize(4);
  }

  @Test
  void withoutAKeyEachSendIsANewMessage() throws Exception {
    platform.send(FakeDiscord.GENERAL, Reply.info("Tide warning for the quay"));
    platform.send(FakeDiscord.GENERAL, Reply.info("Tide warning for the quay"));

    assertThat(discord.created(FakeDiscord.GENERAL)).filteredOn(message -> message.getString("content")
        .equals("Tide warning for the quay")).hasSize(2);
  }

  private static DeliveryException failure(String chatId) {
    DeliveryException e = catchThrowableOfType(DeliveryException.class,
        () -> platform.send(chatId, Reply.info("hello")));
    assertThat(e).as("sending to %s fails", chatId).isNotNull();
    return e;
  }
}
