package org.newsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsbot.telegram.FakeTelegramServer.Chat;
import org.newsbot.telegram.FakeTelegramServer.User;

/** Webhook mode: Telegram posts updates to the bot, which checks the secret token on every call. */
class TelegramWebhookTest {
  private static final String SECRET = "s3cret-Token_for_tests";
  private static final User USER = new User(801, "Sam", "sam");

  FakeTelegramServer telegram;
  TelegramBot bot;
  URI hook;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    telegram = new FakeTelegramServer();
    bot = TelegramBot.start(TelegramSettings.of(FakeTelegramServer.TOKEN).withApiUrl(telegram.url())
        .withWebhook(URI.create("https://bot.example.test/telegram/hook"),
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), SECRET)
        .withLimits(SendLimits.NONE), TelegramPlatformTest.quietChat());
    hook = URI.create("http://127.0.0.1:" + bot.webhookAddress().orElseThrow().getPort() + "/telegram/hook");
  }

  @AfterEach
  void stop() {
    bot.close();
    telegram.close();
  }

  @Test
  void theWebhookIsRegisteredWithItsSecretAndNothingPolls() {
    assertThat(telegram.calls("setwebhook")).singleElement().satisfies(call -> {
      assertThat(call.params().path("url").asText()).isEqualTo("https://bot.example.test/telegram/hook");
      assertThat(call.params().path("secret_token").asText()).isEqualTo(SECRET);
      assertThat(call.params().path("allowed_updates").toString()).contains("\"message\"")
          .contains("\"callback_query\"");
    });
    assertThat(telegram.calls("getupdates")).isEmpty();
    assertThat(telegram.calls("deletewebhook")).isEmpty();
  }

  @Test
  void onlyCallsWithTheSecretTokenAreHandled() throws Exception {
    Chat chat = Chat.privateWith(USER.id());
    assertThat(post(telegram.updateJson(chat, USER, "/help"), null)).isEqualTo(401);
    assertThat(post(telegram.updateJson(chat, USER, "/help"), "wrong-secret")).isEqualTo(401);
    assertThat(post(telegram.updateJson(chat, USER, "What happened in Moscow?"), SECRET)).isEqualTo(200);

    FakeTelegramServer.Sent answer = telegram.awaitSent(sent -> sent.chatId().equals("801"), Duration.ofSeconds(20));

    assertThat(answer.visibleText()).isEqualTo("The articles do not say.");
    assertThat(telegram.sentTo("801")).hasSize(1);
  }

  @Test
  void aRedeliveredUpdateIsAnsweredOnce() throws Exception {
    Chat chat = Chat.privateWith(USER.id());
    String update = telegram.updateJson(chat, USER, "/start");
    assertThat(post(update, SECRET)).isEqualTo(200);
    assertThat(post(update, SECRET)).isEqualTo(200);
    assertThat(post(telegram.updateJson(chat, USER, "Is there news?"), SECRET)).isEqualTo(200);

    telegram.awaitSent(sent -> sent.chatId().equals("801") && sent.visibleText().contains("do not say"),
        Duration.ofSeconds(20));

    assertThat(telegram.sentTo("801")).extracting(FakeTelegramServer.Sent::visibleText)
        .satisfiesExactly(help -> assertThat(help).contains("I answer questions about the news"),
            answer -> assertThat(answer).isEqualTo("The articles do not say."));
  }

  @Test
  void aBodyThatIsNoUpdateIsRefused() throws Exception {
    assertThat(post("this is not json", SECRET)).isEqualTo(400);
  }

  private int post(String body, String secret) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(hook).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (secret != null) {
      request.header(WebhookReceiver.SECRET_HEADER, secret);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
