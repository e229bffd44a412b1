package org.newsbot.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.chat.Caller;
import org.newsbot.chat.ChatMessage;
import org.newsbot.chat.Reply;
import org.newsbot.chat.Role;

/** The alert commands: per-chat subscriptions and limits, and clear answers to every mistake. */
class AlertCommandsTest {
  @TempDir
  Path dir;

  private AlertsFixture fixture;

  @BeforeEach
  void open() {
    fixture = new AlertsFixture(dir, new TestClock(Instant.parse("2024-05-01T10:20:00Z")),
        AlertSettings.defaults().withLimits(2, 40, 12));
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void subscriptionsBelongToTheirChatAndCountAgainstItsLimit() {
    assertThat(text("room", "/subscribe storm flood OR rain")).startsWith("Subscribed (#1). New articles matching"
        + " storm AND (flood OR rain) will be announced here, once per story.");
    assertThat(text("room", "/subscribe storm   flood OR rain")).isEqualTo("This chat already has that subscription (#1).");
    assertThat(text("room", "/subscribe harbour")).startsWith("Subscribed (#2)");
    assertThat(reply("room", "/subscribe election")).satisfies(reply -> {
      assertThat(reply.kind()).isEqualTo(Reply.Kind.ERROR);
      assertThat(reply.blocks().getFirst().plain()).startsWith("This chat has 2 subscriptions, the most it may have.");
    });
    assertThat(text("other-room", "/subscribe election")).startsWith("Subscribed (#3)");

    assertThat(text("room", "/subscriptions")).startsWith("Subscriptions in this chat:\n#1 storm flood OR rain\n#2 harbour\n"
        + "Alerts: sent at once.");
    assertThat(text("other-room", "/unsubscribe 1")).isEqualTo("This chat has no subscription #1; /subscriptions lists them.");
    assertThat(text("room", "/unsubscribe #1")).startsWith("Unsubscribed #1 (storm flood OR rain).");
    assertThat(text("room", "/subscriptions")).startsWith("Subscriptions in this chat:\n#2 harbour\n");
    assertThat(text("room", "/subscribe election")).startsWith("Subscribed (#4)");
  }

  @Test
  void theSamePlatformChatIdOnAnotherPlatformIsAnotherChat() {
    text("room", "/subscribe harbour");
    Reply elsewhere = fixture.chat.handle(new ChatMessage("room", new Caller("other", "u1", "Ann", Role.USER),
        "/subscriptions"));
    assertThat(elsewhere.blocks().getFirst().plain()).startsWith("This chat has no subscriptions.");
  }

  @Test
  void mistakesAreExplained() {
    assertThat(reply("room", "/subscribe \"white house").kind()).isEqualTo(Reply.Kind.ERROR);
    assertThat(text("room", "/subscribe " + "a".repeat(41))).contains("41 characters long; the limit is 40");
    assertThat(text("room", "/subscribe")).startsWith("Give the words to watch for, for example: /subscribe");
    assertThat(text("room", "/unsubscribe abc")).startsWith("Give the subscription's number");
    assertThat(text("room", "/mute")).startsWith("Say for how long");
    assertThat(text("room", "/mute soon")).startsWith("'soon' is not a duration");
    assertThat(text("room", "/mute 40d")).startsWith("A mute can last at most 30 days");
    assertThat(text("room", "/digest weekly")).startsWith("Use /digest off, /digest hourly or /digest daily HH:MM.");
    assertThat(text("room", "/digest daily 25:00")).startsWith("'daily 25:00' is not a time of day");
    assertThat(text("room", "/digest daily")).startsWith("Say when: /digest daily HH:MM");
  }

  @Test
  void muteAndDigestAreShownAndUndone() {
    assertThat(text("room", "/mute 1h30m")).startsWith("Alerts muted for 1h 30m, until 2024-05-01 11:50 UTC.");
    assertThat(text("room", "/digest daily 8:30")).isEqualTo("Alerts will come in a daily 08:30 digest (UTC),"
        + " the first at 2024-05-02 08:30 UTC, one entry per story.");
    assertThat(text("room", "/digest")).isEqualTo("Alerts come in a daily 08:30 digest; the next at 2024-05-02 08:30 UTC."
        + " /digest off sends them at once.");
    assertThat(text("room", "/subscriptions")).endsWith("Alerts: daily 08:30 digest, next at 2024-05-02 08:30 UTC;"
        + " muted until 2024-05-01 11:50 UTC.");
    assertThat(text("room", "/mute off")).startsWith("Alerts are no longer muted");
    assertThat(text("room", "/digest off")).startsWith("Alerts come at once again");
    assertThat(text("room", "/subscriptions")).endsWith("Alerts: sent at once.");
  }

  @Test
  void helpListsTheAlertCommands() {
    assertThat(text("room", "/help")).contains("/subscribe QUERY").contains("/subscriptions")
        .contains("/unsubscribe ID").contains("/mute DURATION").contains("/digest off|hourly|daily HH:MM");
  }

  private Reply reply(String chat, String text) {
    return fixture.say(chat, text);
  }

  private String text(String chat, String text) {
    return reply(chat, text).blocks().stream().map(Reply.Block::plain).collect(Collectors.joining("\n"));
  }
}
