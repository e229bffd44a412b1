package org.newsbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.Newsbot;
import org.newsbot.NewsbotSettings;
import org.newsbot.alerts.AlertSettings;

/** Alerts on the command line and in the console chat. */
class ConsoleAlertsTest {
  @TempDir
  Path dir;

  @Test
  void theConsoleChatPrintsAlertsForItsSubscriptions() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Newsbot newsbot = Newsbot.open(new NewsbotSettings(dir, null, null, null, false))) {
      newsbot.alerts().configure(AlertSettings.defaults().withRates(0, 0));
      ConsoleChat console = new ConsoleChat(newsbot.chat(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
      newsbot.alerts().platforms().register(console);
      console.run(new StringReader("/subscribe \"Crocus City Hall\" -Budanov\n"), false);

      newsbot.importPaths(List.of(Cli.seedArticles()));
      newsbot.alerts().matchPending();
      newsbot.alerts().dispatchPending();
    }

    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("Subscribed (#1). New articles matching \"Crocus City Hall\"; not: Budanov");
    assertThat(out.split("New for your subscription #1 ", -1)).as("four of the five seed articles").hasSize(5);
    assertThat(out).contains("Matched: \"Crocus City Hall\"").contains("[Unsubscribe: /unsubscribe 1]")
        .doesNotContain("003_ad9cb973c98234b4.txt");
  }

  @Test
  void theAlertCommandsWorkOnTheCommandLine() {
    Map<String, String> env = Map.of("NEWSBOT_DATA", dir.toString(), "NEWSBOT_ANSWERS_SEMANTIC", "false");

    Cli.Result subscribed = Cli.run(env, "subscribe", "storm", "-football", "lang:en");
    assertThat(subscribed.code()).isZero();
    assertThat(subscribed.out()).startsWith("Subscribed (#1). New articles matching storm; not: football; language: en");

    Cli.Result malformed = Cli.run(env, "subscribe", "\"white house");
    assertThat(malformed.code()).isEqualTo(2);
    assertThat(malformed.out()).contains("The quote before 'white house' is not closed");

    assertThat(Cli.run(env, "subscribe", "--chat", "discord:42", "harbour").out()).startsWith("Subscribed (#2)");
    assertThat(Cli.run(env, "subscriptions").out()).contains("#1 storm -football lang:en").doesNotContain("harbour");
    assertThat(Cli.run(env, "subscriptions", "--chat", "discord:42").out()).contains("#2 harbour");
    assertThat(Cli.run(env, "mute", "2h").out()).startsWith("Alerts muted for 2h");
    assertThat(Cli.run(env, "digest", "daily", "07:00").out()).startsWith("Alerts will come in a daily 07:00 digest");
    assertThat(Cli.run(env, "unsubscribe", "2").code()).as("another chat's subscription").isEqualTo(2);
    assertThat(Cli.run(env, "unsubscribe", "1").out()).startsWith("Unsubscribed #1");
    Cli.Result badChat = Cli.run(env, "subscriptions", "--chat", "discord");
    assertThat(badChat.code()).isEqualTo(1);
    assertThat(badChat.err()).contains("--chat takes PLATFORM:CHAT_ID");
  }

  @Test
  void alertSettingsComeFromTheConfiguration() {
    Map<String, String> env = Map.of("NEWSBOT_DATA", dir.toString(), "NEWSBOT_ANSWERS_SEMANTIC", "false",
        "NEWSBOT_ALERTS_MAX_SUBSCRIPTIONS_PER_CHAT", "1", "NEWSBOT_ALERTS_MAX_QUERY_LENGTH", "20");

    assertThat(Cli.run(env, "subscribe", "storm").code()).isZero();
    assertThat(Cli.run(env, "subscribe", "flood").out()).contains("This chat has 1 subscriptions, the most it may have.");
    assertThat(Cli.run(env, "subscribe", "--chat", "discord:1", "a very long query beyond twenty").out())
        .contains("the limit is 20");
    Cli.Result wrong = Cli.run(Map.of("NEWSBOT_DATA", dir.toString(), "NEWSBOT_ALERTS_TIME_ZONE", "Mars/Olympus"),
        "subscriptions");
    assertThat(wrong.code()).isEqualTo(1);
    assertThat(wrong.err()).contains("alerts.time-zone must be a time zone");
  }
}
