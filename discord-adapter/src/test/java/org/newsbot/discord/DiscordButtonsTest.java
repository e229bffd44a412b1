package org.newsbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.chat.Caller;
import org.newsbot.chat.Command;
import org.newsbot.chat.Reply;
import org.newsbot.chat.Role;
import org.newsbot.discord.FakeDiscord.Member;
import org.newsbot.discord.FakeDiscord.RestCall;

/**
 * Reply buttons on Discord: they arrive as message buttons, and pressing one runs its command
 * through the real core like a slash command, as the member who pressed it. /pausefeed is a
 * stand-in moderator command, registered the way the core registers its commands.
 */
class DiscordButtonsTest {
  private static final int EPHEMERAL = 64;
  private static final String CHANNEL_MESSAGES = "channels/" + FakeDiscord.GENERAL + "/messages";
  private static final Member ALICE = new Member("100000000000000021", "alice", List.of(), FakeDiscord.EVERYONE);
  private static final Member BOB = new Member("100000000000000022", "bob", List.of(), FakeDiscord.EVERYONE);
  private static final Member CAROL = new Member("100000000000000023", "carol",
      List.of(FakeDiscord.MODERATORS_ROLE), FakeDiscord.EVERYONE | FakeDiscord.MANAGE_SERVER);

  @TempDir
  static Path dir;

  static RunningBot running;
  static FakeDiscord discord;
  static final List<Caller> pausefeedCallers = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    running = RunningBot.start(dir, newsbot -> newsbot.chat().register(new Command("pausefeed", "/pausefeed ID",
        "pause a failing feed", Role.MODERATOR, (message, id) -> {
          pausefeedCallers.add(message.caller());
          return Reply.info("Paused feed " + id + " for " + message.caller().displayName() + " ("
              + message.caller().role() + ")");
        })));
    discord = running.discord;
  }

  @AfterAll
  static void stop() throws Exception {
    if (running != null) {
      running.close();
    }
  }

  @Test
  void anAlertsUnsubscribeButtonIsADiscordButtonThatUnsubscribesWhenPressed() throws Exception {
    String subscribe = discord.slashCommand(ALICE, "subscribe", Map.of("query", "crocus"));
    // the reply is markdown: "Subscribed \(#3\)" shows as "Subscribed (#3)"
    Matcher number = Pattern.compile("Subscribed \\\\\\(#(\\d+)\\\\\\)")
        .matcher(original(subscribe).getString("content"));
    assertThat(number.find()).isTrue();
    String unsubscribe = "/unsubscribe " + number.group(1);
    Reply answer = Reply.of(running.newsbot.ask("Who claimed responsibility for the Crocus City Hall attack?"));

    running.bot.platform().send(FakeDiscord.GENERAL, new Reply(Reply.Kind.ANSWER, answer.blocks(),
        answer.sources(), List.of(new Reply.Button("Unsubscribe", unsubscribe))));
    DataObject alert = discord.await("POST", CHANNEL_MESSAGES, call -> call.body().contains(unsubscribe)).json();

    assertThat(buttons(alert)).containsExactly(List.of("Unsubscribe", unsubscribe));
    assertThat(alert.getArray("embeds").getObject(0).getString("description")).contains("Islamic State")
        .doesNotContain("/unsubscribe");

    String press = discord.buttonPress(ALICE, created(unsubscribe), unsubscribe);

    assertThat(flags(callback(press)) & EPHEMERAL).as("answered in the channel").isZero();
    assertThat(original(press).getString("content")).startsWith("Unsubscribed #" + number.group(1));
  }

  @Test
  void aButtonRunsAsTheModeratorWhoPressesItAndIsRefusedToAMemberPrivately() throws Exception {
    running.bot.platform().send(FakeDiscord.GENERAL, new Reply(Reply.Kind.INFO,
        List.of(Reply.Block.of("Feed 7 keeps failing.")), List.of(),
        List.of(new Reply.Button("Pause feed 7", "/pausefeed 7"))));
    DataObject notice = discord.await("POST", CHANNEL_MESSAGES, call -> call.body().contains("Feed 7")).json();
    assertThat(buttons(notice)).containsExactly(List.of("Pause feed 7", "/pausefeed 7"));

    String refused = discord.buttonPress(BOB, created("/pausefeed 7"), "/pausefeed 7");
    assertThat(flags(callback(refused)) & EPHEMERAL).as("deferred privately").isNotZero();
    assertThat(original(refused).getString("content")).isEqualTo("Only moderators can use /pausefeed.");

    String accepted = discord.buttonPress(CAROL, created("/pausefeed 7"), "/pausefeed 7");
    assertThat(flags(callback(accepted)) & EPHEMERAL).isZero();
    assertThat(original(accepted).getString("content")).isEqualTo("Paused feed 7 for carol \\(MODERATOR\\)");
    assertThat(pausefeedCallers).extracting(Caller::userId).containsExactly(CAROL.id());
  }

  @Test
  void aPressCarryingAnythingButOneOfTheBotsCommandsRunsNothing() throws Exception {
    running.bot.platform().send(FakeDiscord.GENERAL, new Reply(Reply.Kind.INFO,
        List.of(Reply.Block.of("Feed 8 keeps failing.")), List.of(),
        List.of(new Reply.Button("Pause feed 8", "/pausefeed 8"))));
    discord.await("POST", CHANNEL_MESSAGES, call -> call.body().contains("Feed 8"));
    int ran = pausefeedCallers.size();

    for (String forged : List.of("/nosuchcommand 8", "pausefeed 8", "/pausefeed 8\n/addsource x")) {
      String press = discord.buttonPress(CAROL, created("/pausefeed 8"), forged);
      DataObject answer = callback(press);
      assertThat(answer.getInt("type")).as("a reply, not a deferral").isEqualTo(4);
      assertThat(answer.getObject("data").getInt("flags") & EPHEMERAL).isNotZero();
      assertThat(answer.getObject("data").getString("content")).isEqualTo("This button does not work any more.");
    }
    assertThat(pausefeedCallers).hasSize(ran);
  }

  @Test
  void aButtonWhoseCommandIsTooLongForACustomIdStaysText() throws Exception {
    String longCommand = "/subscribe " + "harbour storm quay pier ".repeat(5).strip();
    assertThat(longCommand.length()).isGreaterThan(100);

    running.bot.platform().send(FakeDiscord.GENERAL, new Reply(Reply.Kind.INFO,
        List.of(Reply.Block.of("Try these.")), List.of(),
        List.of(new Reply.Button("Storms", longCommand), new Reply.Button("Help", "/help"))));
    DataObject body = discord.await("POST", CHANNEL_MESSAGES, call -> call.body().contains("Try these.")).json();

    assertThat(buttons(body)).containsExactly(List.of("Help", "/help"));
    assertThat(body.getString("content")).isEqualTo("Try these.\n\nStorms: " + longCommand);
  }

  /** The message the fake created whose buttons include {@code customId}. */
  private static DataObject created(String customId) {
    List<DataObject> messages = discord.created(FakeDiscord.GENERAL).stream()
        .filter(message -> buttons(message).stream().anyMatch(button -> button.get(1).equals(customId))).toList();
    assertThat(messages).as("a message with the button %s", customId).isNotEmpty();
    return messages.get(messages.size() - 1);
  }

  /** Each button of a message as [label, custom id]. */
  private static List<List<String>> buttons(DataObject message) {
    List<List<String>> buttons = new java.util.ArrayList<>();
    DataArray rows = message.optArray("components").orElse(DataArray.empty());
    for (int i = 0; i < rows.length(); i++) {
      DataArray row = rows.getObject(i).getArray("components");
      for (int j = 0; j < row.length(); j++) {
        DataObject button = row.getObject(j);
        assertThat(button.getInt("type")).as("a button").isEqualTo(2);
        buttons.add(List.of(button.getString("label"), button.getString("custom_id")));
      }
    }
    return buttons;
  }

  private static int flags(DataObject callback) {
    return callback.optObject("data").map(data -> data.getInt("flags", 0)).orElse(0);
  }

  private static DataObject callback(String interactionId) throws InterruptedException {
    return discord.await("POST", "interactions/" + interactionId + "/itoken-" + interactionId + "/callback").json();
  }

  private static DataObject original(String interactionId) throws InterruptedException {
    RestCall edit = discord.await("PATCH", "webhooks/\\d+/itoken-" + interactionId + "/messages/@original");
    return edit.json();
  }
}
