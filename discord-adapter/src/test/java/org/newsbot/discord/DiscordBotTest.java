package org.newsbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.answer.SourceRef;
import org.newsbot.chat.Caller;
import org.newsbot.chat.Command;
import org.newsbot.chat.Reply;
import org.newsbot.chat.Role;
import org.newsbot.discord.FakeDiscord.Member;
import org.newsbot.discord.FakeDiscord.RestCall;

/**
 * The real JDA bot against the fake Discord, with a real core: connecting, registering commands,
 * answering slash commands and mentions, and finding roles.
 */
class DiscordBotTest {
  private static final int EPHEMERAL = 64;
  private static final Member ALICE = new Member("100000000000000011", "alice", List.of(), FakeDiscord.EVERYONE);
  private static final Member BOB = new Member("100000000000000012", "bob", List.of(), FakeDiscord.EVERYONE);
  private static final Member CAROL = new Member("100000000000000013", "carol",
      List.of(FakeDiscord.MODERATORS_ROLE), FakeDiscord.EVERYONE | FakeDiscord.MANAGE_SERVER);
  private static final Member DAVE = new Member("100000000000000014", "dave",
      List.of(FakeDiscord.NEWSROOM_ROLE), FakeDiscord.EVERYONE);
  private static final Member ERIN = new Member(RunningBot.ADMIN_ID, "erin", List.of(), FakeDiscord.EVERYONE);

  @TempDir
  static Path dir;

  static RunningBot running;
  static FakeDiscord discord;
  /** Who the stand-in /addsource accepted, as the core saw them. */
  static final List<Caller> addsourceCallers = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    running = RunningBot.start(dir, newsbot -> newsbot.chat().register(new Command("addsource", "/addsource URL",
        "add a news source", Role.MODERATOR, (message, url) -> {
          if (!url.startsWith("https://")) {
            return Reply.error("That is not a web address: " + url);
          }
          addsourceCallers.add(message.caller());
          return Reply.info("Added " + url);
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
  void identifiesOnOneShardAndRegistersAllCommandsInTheConfiguredServer() throws Exception {
    DataObject identify = discord.identifies().get(0);
    assertThat(identify.getString("token")).contains("test-token");
    assertThat(identify.getArray("shard").getInt(0)).isZero();
    assertThat(identify.getArray("shard").getInt(1)).isEqualTo(1);
    long intents = identify.getLong("intents");
    assertThat(intents & (1 << 9)).as("GUILD_MESSAGES").isNotZero();
    assertThat(intents & (1 << 15)).as("MESSAGE_CONTENT is privileged and off by default").isZero();

    RestCall put = discord.await("PUT", "applications/" + FakeDiscord.BOT_ID + "/guilds/"
        + FakeDiscord.GUILD_ID + "/commands");
    DataArray commands = put.jsonArray();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < commands.length(); i++) {
      names.add(commands.getObject(i).getString("name"));
    }
    assertThat(names).containsExactly("ask", "subscribe", "unsubscribe", "subscriptions", "addsource",
        "removesource", "sources", "digest", "help");
    DataObject ask = commands.getObject(0);
    assertThat(ask.getArray("options").getObject(0).getString("name")).isEqualTo("question");
    assertThat(ask.getArray("options").getObject(0).getBoolean("required")).isTrue();
    assertThat(discord.calls("PUT", "applications/\\d+/commands")).as("no global commands").isEmpty();
  }

  @Test
  void answersAskWithADeferredReplyEditedIntoAnEmbedThatCitesSources() throws Exception {
    String id = discord.slashCommand(ALICE, "ask",
        Map.of("question", "Who claimed responsibility for the Crocus City Hall attack?"));

    DataObject callback = callback(id).json();
    assertThat(callback.getInt("type")).as("deferred channel message").isEqualTo(5);
    assertThat(callback.optObject("data").map(d -> d.getInt("flags", 0)).orElse(0) & EPHEMERAL).isZero();

    DataObject edit = original(id).json();
    DataObject embed = edit.getArray("embeds").getObject(0);
    String description = embed.getString("description");
    assertThat(description).contains("Islamic State").containsPattern("\\[\\d+]");
    DataArray fields = embed.getArray("fields");
    assertThat(fields.length()).isPositive();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < fields.length(); i++) {
      names.add(fields.getObject(i).getString("name"));
      assertThat(fields.getObject(i).getString("value")).as("the source's title").isNotBlank();
    }
    assertThat(names.get(0)).startsWith("[1] ");
    assertThat(names).allMatch(name -> name.matches("\\[\\d+] .+ \u00B7 (\\d{4}-\\d{2}-\\d{2}|date unknown)"));
    // which articles the answer cites is the core's business; each shows its own date, if it has one
    List<SourceRef> cited = running.newsbot.ask("Who claimed responsibility for the Crocus City Hall attack?")
        .sources();
    assertThat(names).hasSameSizeAs(cited);
    for (int i = 0; i < cited.size(); i++) {
      LocalDate published = cited.get(i).published();
      assertThat(names.get(i)).endsWith(" \u00B7 " + (published == null ? "date unknown" : published.toString()));
    }
    assertNoMentions(edit);

    // the toll is reported by several outlets, dated ones among them
    String toll = discord.slashCommand(ALICE, "ask", Map.of("question", "How many people died in the Crocus City Hall attack?"));
    DataArray tollFields = original(toll).json().getArray("embeds").getObject(0).getArray("fields");
    List<String> tollNames = new ArrayList<>();
    for (int i = 0; i < tollFields.length(); i++) {
      tollNames.add(tollFields.getObject(i).getString("name"));
    }
    assertThat(tollNames).as("dated sources show their date").anyMatch(name -> name.matches(".* \\d{4}-\\d{2}-\\d{2}"));
  }

  @Test
  void refusesAddsourceToAMemberWithoutManageServerAndTellsOnlyThem() throws Exception {
    String id = discord.slashCommand(BOB, "addsource", Map.of("url", "https://example.org/feed"));

    DataObject callback = callback(id).json();
    assertThat(callback.getInt("type")).isEqualTo(5);
    assertThat(callback.getObject("data").getInt("flags") & EPHEMERAL).as("ephemeral").isNotZero();
    assertThat(original(id).json().getString("content")).isEqualTo("Only moderators can use /addsource.");
    assertThat(addsourceCallers).noneMatch(caller -> caller.userId().equals(BOB.id()));
  }

  @Test
  void acceptsAddsourceFromManageServerTheModeratorRoleAndAdmins() throws Exception {
    for (Member member : List.of(CAROL, DAVE, ERIN)) {
      String url = "https://example.org/" + member.name();
      String id = discord.slashCommand(member, "addsource", Map.of("url", url));
      assertThat(callback(id).json().optObject("data").map(d -> d.getInt("flags", 0)).orElse(0) & EPHEMERAL)
          .as("public for %s", member.name()).isZero();
      assertThat(original(id).json().getString("content")).isEqualTo("Added " + url);
    }
    assertThat(addsourceCallers).extracting(Caller::userId, Caller::role).containsExactly(
        tuple(CAROL.id(), Role.MODERATOR),
        tuple(DAVE.id(), Role.MODERATOR),
        tuple(ERIN.id(), Role.ADMIN));
    assertThat(addsourceCallers).allMatch(caller -> caller.platform().equals("discord"));
  }

  @Test
  void anErrorAfterAPublicDeferralReplacesItWithAPrivateMessage() throws Exception {
    String id = discord.slashCommand(CAROL, "addsource", Map.of("url", "ftp://example.org"));

    assertThat(callback(id).json().optObject("data").map(d -> d.getInt("flags", 0)).orElse(0) & EPHEMERAL).isZero();
    discord.await("DELETE", "webhooks/\\d+/itoken-" + id + "/messages/@original");
    DataObject followUp = discord.await("POST", "webhooks/\\d+/itoken-" + id).json();
    assertThat(followUp.getInt("flags") & EPHEMERAL).isNotZero();
    assertThat(followUp.getString("content")).isEqualTo("That is not a web address: ftp://example.org");
  }

  @Test
  void aMalformedSubscriptionIsExplainedPrivately() throws Exception {
    String id = discord.slashCommand(ALICE, "subscribe", Map.of("query", "\"harbour storm"));

    discord.await("DELETE", "webhooks/\\d+/itoken-" + id + "/messages/@original");
    DataObject followUp = discord.await("POST", "webhooks/\\d+/itoken-" + id).json();
    assertThat(followUp.getInt("flags") & EPHEMERAL).isNotZero();
    assertThat(followUp.getString("content")).startsWith("The quote before 'harbour storm' is not closed");
  }

  @Test
  void subscribingAnswersInTheChannel() throws Exception {
    String id = discord.slashCommand(ALICE, "subscribe", Map.of("query", "harbour storm"));

    assertThat(callback(id).json().optObject("data").map(d -> d.getInt("flags", 0)).orElse(0) & EPHEMERAL).isZero();
    assertThat(original(id).json().getString("content")).contains("New articles matching harbour AND storm");
  }

  @Test
  void helpListsTheCoreCommandsForTheCallersRole() throws Exception {
    String id = discord.slashCommand(ALICE, "help", Map.of());

    String content = original(id).json().getString("content");
    assertThat(content).contains("/ask QUESTION").doesNotContain("/addsource");
  }

  @Test
  void answersAMentionInTheChannelAndIgnoresMessagesNotMeantForIt() throws Exception {
    String ignored = discord.channelMessage(ALICE, "Who claimed responsibility for the attack?", false);
    String asked = discord.channelMessage(ALICE,
        "<@" + FakeDiscord.BOT_ID + "> Who claimed responsibility for the Crocus City Hall attack?", true);

    RestCall reply = discord.await("POST", "channels/" + FakeDiscord.GENERAL + "/messages",
        call -> call.json().optObject("message_reference").isPresent());
    DataObject body = reply.json();
    assertThat(body.getObject("message_reference").getString("message_id")).isEqualTo(asked);
    assertThat(body.getArray("embeds").getObject(0).getString("description")).contains("Islamic State");
    assertNoMentions(body);
    assertThat(body.getObject("allowed_mentions").getBoolean("replied_user")).isFalse();
    // events are handled in order, so the first message had been looked at before this reply
    assertThat(discord.calls("POST", "channels/\\d+/messages")).noneMatch(call ->
        call.json().optObject("message_reference").map(ref -> ref.getString("message_id").equals(ignored))
            .orElse(false));
  }

  @Test
  void articleTextWithEveryoneNeverPings() throws Exception {
    String id = discord.slashCommand(ALICE, "ask",
        Map.of("question", "What did the organisers of the Kelport harbour festival post?"));

    DataObject edit = original(id).json();
    String description = edit.getArray("embeds").getObject(0).getString("description");
    assertThat(description).as("the sentence quoting @everyone is in the answer").contains("everyone on the pier");
    assertThat(description).doesNotContain("@everyone").contains("@\u200Beveryone");
    assertNoMentions(edit);
  }

  private static RestCall callback(String interactionId) throws InterruptedException {
    return discord.await("POST", "interactions/" + interactionId + "/itoken-" + interactionId + "/callback");
  }

  private static RestCall original(String interactionId) throws InterruptedException {
    return discord.await("PATCH", "webhooks/\\d+/itoken-" + interactionId + "/messages/@original");
  }

  static void assertNoMentions(DataObject body) {
    DataObject allowed = body.getObject("allowed_mentions");
    assertThat(allowed.getArray("parse").length()).as("no mention types parsed").isZero();
    assertThat(allowed.optArray("users").map(DataArray::length).orElse(0)).isZero();
    assertThat(allowed.optArray("roles").map(DataArray::length).orElse(0)).isZero();
  }
}
