package org.newsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.Newsbot;
import org.newsbot.chat.Caller;
import org.newsbot.chat.Command;
import org.newsbot.chat.Reply;
import org.newsbot.chat.Role;
import org.newsbot.telegram.FakeTelegramServer.Button;
import org.newsbot.telegram.FakeTelegramServer.Call;
import org.newsbot.telegram.FakeTelegramServer.Chat;
import org.newsbot.telegram.FakeTelegramServer.Sent;
import org.newsbot.telegram.FakeTelegramServer.User;

/**
 * Reply buttons on Telegram: they arrive as an inline keyboard, and pressing one runs its command
 * through the real core as the user who pressed it, with their role in that chat. /pausefeed is a
 * stand-in moderator command, registered the way the core registers its commands.
 */
class TelegramButtonsTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final long GROUP = -100800;
  private static final User OWNER = new User(8001, "Olga", "olga");
  private static final User GROUP_ADMIN = new User(8002, "Pavel", "pavel");
  private static final User MEMBER = new User(8003, "Quinn", "quinn");
  private static final User READER = new User(8004, "Rosa", "rosa");

  @TempDir
  static Path dir;
  static Newsbot newsbot;
  static FakeTelegramServer telegram;
  static TelegramBot bot;
  static final List<Caller> pausefeedCallers = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    newsbot = TestCore.open(dir);
    newsbot.chat().register(new Command("pausefeed", "/pausefeed ID", "pause a failing feed", Role.MODERATOR,
        (message, id) -> {
          pausefeedCallers.add(message.caller());
          return Reply.info("Paused feed " + id + " for " + message.caller().displayName() + " ("
              + message.caller().role() + ")");
        }));
    telegram = new FakeTelegramServer();
    telegram.setAdministrators(GROUP, OWNER.id(), GROUP_ADMIN.id());
    bot = TelegramBot.start(TestCore.polling(telegram), newsbot.chat());
  }

  @AfterAll
  static void stop() {
    TestCore.close(bot, telegram, newsbot);
  }

  @Test
  void anAlertsUnsubscribeButtonIsAnInlineButtonThatUnsubscribesWhenPressed() throws Exception {
    Chat chat = Chat.privateWith(READER.id());
    String chatId = String.valueOf(READER.id());
    telegram.userSends(chat, READER, "/subscribe crocus");
    Sent subscribed = telegram.awaitSentTo(chatId, 1, WAIT).get(0);
    Matcher number = Pattern.compile("Subscribed \\(#(\\d+)\\)").matcher(subscribed.visibleText());
    assertThat(number.find()).as(subscribed.visibleText()).isTrue();
    String unsubscribe = "/unsubscribe " + number.group(1);

    // an alert as the core renders one: the story with its sources, and a button to stop it
    Reply answer = Reply.of(newsbot.ask(TestCore.CROCUS_QUESTION));
    bot.platform().send(chatId, new Reply(Reply.Kind.ANSWER, answer.blocks(), answer.sources(),
        List.of(new Reply.Button("Unsubscribe", unsubscribe))));
    Sent alert = telegram.awaitSentTo(chatId, 2, WAIT).get(1);

    assertThat(alert.keyboard()).containsExactly(new Button("Unsubscribe", unsubscribe));
    assertThat(alert.visibleText()).contains("Islamic State").doesNotContain("/unsubscribe");

    String query = telegram.userPresses(chat, READER, alert, "Unsubscribe");
    Sent result = telegram.awaitSentTo(chatId, 3, WAIT).get(2);

    assertThat(result.visibleText()).startsWith("Unsubscribed #" + number.group(1));
    assertThat(result.replyTo()).as("no reply-to in a private chat").isNull();
    assertThat(answers(query)).singleElement().satisfies(call -> assertThat(call.params().has("text")).isFalse());
    telegram.userSends(chat, READER, "/subscriptions");
    assertThat(telegram.awaitSentTo(chatId, 4, WAIT).get(3).visibleText()).contains("no subscriptions");
  }

  @Test
  void aButtonRunsAsTheAdministratorWhoPressesItAndIsRefusedToAMemberAlone() throws Exception {
    Chat group = Chat.group(GROUP, "Editors");
    String groupId = String.valueOf(GROUP);
    bot.platform().send(groupId, new Reply(Reply.Kind.INFO, List.of(Reply.Block.of("Feed 7 keeps failing.")),
        List.of(), List.of(new Reply.Button("Pause feed 7", "/pausefeed 7"))));
    Sent notice = telegram.awaitSentTo(groupId, 1, WAIT).get(0);
    assertThat(notice.keyboard()).containsExactly(new Button("Pause feed 7", "/pausefeed 7"));

    String refused = telegram.userPresses(group, MEMBER, notice, "Pause feed 7");
    String accepted = telegram.userPresses(group, GROUP_ADMIN, notice, "Pause feed 7");
    Sent paused = telegram.awaitSentTo(groupId, 2, WAIT).get(1);

    assertThat(paused.visibleText()).isEqualTo("Paused feed 7 for Pavel (MODERATOR)");
    assertThat(paused.replyTo()).as("answers the message with the button").isEqualTo((int) notice.messageId());
    assertThat(answers(refused)).singleElement().satisfies(call -> {
      assertThat(call.params().path("text").asText()).isEqualTo("Only moderators can use /pausefeed.");
      assertThat(call.params().path("show_alert").asBoolean()).isTrue();
    });
    assertThat(answers(accepted)).singleElement().satisfies(call -> assertThat(call.params().has("text")).isFalse());
    // a chat's updates are handled in order: the member's press was done with before the admin's
    assertThat(telegram.sentTo(groupId)).hasSize(2);
    assertThat(pausefeedCallers).extracting(Caller::userId).containsExactly(String.valueOf(GROUP_ADMIN.id()));
  }

  @Test
  void aPressCarryingAnythingButOneOfTheBotsCommandsRunsNothing() throws Exception {
    Chat group = Chat.group(-100801, "Readers");
    String groupId = "-100801";
    telegram.setAdministrators(-100801, OWNER.id());
    bot.platform().send(groupId, new Reply(Reply.Kind.INFO, List.of(Reply.Block.of("Feed 8 keeps failing.")),
        List.of(), List.of(new Reply.Button("Pause feed 8", "/pausefeed 8"))));
    Sent notice = telegram.awaitSentTo(groupId, 1, WAIT).get(0);

    List<String> forged = List.of(
        telegram.userPressesWithData(group, OWNER, notice, "What happened in Moscow?"),
        telegram.userPressesWithData(group, OWNER, notice, "/pausefeed@other_bot 8"),
        telegram.userPressesWithData(group, OWNER, notice, "/nosuchcommand 8"),
        telegram.userPressesWithData(group, OWNER, notice, "/pausefeed 8\n/addsource x"));
    String real = telegram.userPresses(group, OWNER, notice, "Pause feed 8");
    Sent paused = telegram.awaitSentTo(groupId, 2, WAIT).get(1);

    assertThat(paused.visibleText()).isEqualTo("Paused feed 8 for Olga (MODERATOR)");
    for (String query : forged) {
      assertThat(answers(query)).singleElement().satisfies(call ->
          assertThat(call.params().path("text").asText()).isEqualTo("This button does not work any more."));
    }
    assertThat(answers(real)).hasSize(1);
    assertThat(telegram.sentTo(groupId)).hasSize(2);
  }

  @Test
  void aButtonWhoseCommandDoesNotFitCallbackDataStaysText() throws Exception {
    String chatId = "8005";
    String longCommand = "/subscribe zorblax widget prices rise again in the Quimby factory town";
    assertThat(longCommand.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeGreaterThan(64);

    bot.platform().send(chatId, new Reply(Reply.Kind.INFO, List.of(Reply.Block.of("Try these.")), List.of(),
        List.of(new Reply.Button("Widgets", longCommand), new Reply.Button("Help", "/help"))));
    Sent sent = telegram.awaitSentTo(chatId, 1, WAIT).get(0);

    assertThat(sent.keyboard()).containsExactly(new Button("Help", "/help"));
    assertThat(sent.visibleText()).isEqualTo("Try these.\n\nWidgets: " + longCommand);
  }

  private static List<Call> answers(String queryId) throws InterruptedException {
    telegram.awaitCalls("answercallbackquery", 1, WAIT);
    return telegram.calls("answercallbackquery").stream()
        .filter(call -> queryId.equals(textOf(call.params().path("callback_query_id")))).toList();
  }

  private static String textOf(JsonNode node) {
    return node.isMissingNode() ? null : node.asText();
  }
}
