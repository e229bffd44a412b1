package org.newsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.newsbot.chat.DeliveryException;
import org.newsbot.chat.Reply;
import org.newsbot.telegram.FakeTelegramServer.Chat;
import org.newsbot.telegram.FakeTelegramServer.User;

/** The bot token appears in no log line, exception message or description of the settings. */
class TokenSecrecyTest {
  private static final String SECRET_HALF = FakeTelegramServer.TOKEN.substring(
      FakeTelegramServer.TOKEN.indexOf(':') + 1);

  @Test
  void aRunWithFailuresOfEveryKindNeverShowsTheToken() throws Exception {
    List<String> messages = new ArrayList<>();
    try (LogCapture logs = new LogCapture(); FakeTelegramServer telegram = new FakeTelegramServer()) {
      try (TelegramBot bot = TelegramBot.start(TelegramSettings.of(FakeTelegramServer.TOKEN)
          .withApiUrl(telegram.url()).withPollTimeout(Duration.ofSeconds(1)).withLimits(SendLimits.NONE),
          TelegramPlatformTest.quietChat())) {
        // a group the server knows nothing about: fetching its administrators fails and is logged
        telegram.userSends(Chat.group(-100333, "Unknown"), new User(5, "Val", "val"), "/help");
        telegram.awaitSent(sent -> sent.chatId().equals("-100333"), Duration.ofSeconds(20));
        telegram.block("334");
        telegram.failSendAfter(0, 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: nope\"}");
        telegram.failSendAfter(0, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: "
            + "retry after 3\",\"parameters\":{\"retry_after\":3}}");
        telegram.failSendAfter(0, 502, "<html>Bad Gateway</html>");
        for (String chat : List.of("335", "336", "337", "334")) {
          try {
            bot.platform().send(chat, Reply.info("Alert"));
          } catch (DeliveryException e) {
            messages.add(e.getMessage() + " " + e.getCause());
          }
        }
      }
      assertThatThrownBy(() -> TelegramBot.start(TelegramSettings.of("999:WRONG-but-also-secret-value")
          .withApiUrl(telegram.url()), TelegramPlatformTest.quietChat()))
          .isInstanceOfSatisfying(IllegalStateException.class, e -> {
            assertThat(e.getMessage()).contains("401").doesNotContain("WRONG-but-also-secret-value");
            messages.add(e.getMessage());
          });
      assertThat(messages).hasSize(5);
      assertThat(logs.lines()).isNotEmpty().anyMatch(line -> line.contains("-100333"));
      for (String line : concat(logs.lines(), messages)) {
        assertThat(line).doesNotContain(SECRET_HALF);
      }
    }
  }

  @Test
  void aNetworkErrorThatNamesTheUrlIsScrubbed() throws Exception {
    BotToken token = new BotToken(FakeTelegramServer.TOKEN);
    List<String> seenUrls = new ArrayList<>();
    try (FakeTelegramServer telegram = new FakeTelegramServer()) {
      OkHttpClient http = new OkHttpClient.Builder().addInterceptor(new TokenInterceptor(token))
          .addNetworkInterceptor(chain -> {
            seenUrls.add(chain.request().url().toString());
            throw new IOException("lost the connection to " + chain.request().url());
          }).build();
      Request request = new Request.Builder().url(telegram.url() + "/bot" + BotToken.PLACEHOLDER + "/getme")
          .post(RequestBody.create(new byte[0])).build();

      assertThatThrownBy(() -> http.newCall(request).execute()).isInstanceOfSatisfying(IOException.class, e -> {
        assertThat(e.getMessage()).contains("lost the connection").contains("<redacted>")
            .doesNotContain(SECRET_HALF);
        assertThat(e.getCause()).isNull();
      });
      // the real token did go out on the wire
      assertThat(seenUrls).singleElement().asString().contains(FakeTelegramServer.TOKEN);
      http.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void settingsAndTheTokenHolderDoNotShowTheToken() {
    TelegramSettings settings = TelegramSettings.of(FakeTelegramServer.TOKEN)
        .withWebhook(URI.create("https://bot.example.test/hook/" + FakeTelegramServer.TOKEN),
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "hook-secret-123");

    assertThat(settings.toString()).doesNotContain(SECRET_HALF).doesNotContain("hook-secret-123")
        .contains("bot.example.test");
    assertThat(new BotToken(FakeTelegramServer.TOKEN).toString()).doesNotContain(SECRET_HALF);
    assertThat(new BotToken(FakeTelegramServer.TOKEN).scrub("x " + FakeTelegramServer.TOKEN + " y"))
        .isEqualTo("x <redacted> y");
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
