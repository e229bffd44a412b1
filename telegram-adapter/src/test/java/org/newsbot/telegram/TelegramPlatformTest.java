package org.newsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsbot.answer.Answer;
import org.newsbot.chat.ChatPlatform;
import org.newsbot.chat.ChatService;
import org.newsbot.chat.DeliveryException;
import org.newsbot.chat.DeliveryException.Kind;
import org.newsbot.chat.Reply;
import org.newsbot.telegram.FakeTelegramServer.Sent;

/** Alerts posted through the Telegram {@link ChatPlatform}, and how Bot API failures reach the sender. */
class TelegramPlatformTest {
  private static final String TOO_MANY = "{\"ok\":false,\"error_code\":429,\"description\":"
      + "\"Too Many Requests: retry after 1\",\"parameters\":{\"retry_after\":1}}";

  FakeTelegramServer telegram;
  TelegramBot bot;
  ChatPlatform platform;

  @BeforeEach
  void start() throws Exception {
    telegram = new FakeTelegramServer();
    bot = TelegramBot.start(TelegramSettings.of(FakeTelegramServer.TOKEN).withApiUrl(telegram.url())
        .withPollTimeout(Duration.ofSeconds(2)).withLimits(SendLimits.NONE), quietChat());
    platform = bot.platform();
  }

  @AfterEach
  void stop() {
    bot.close();
    telegram.close();
  }

  static ChatService quietChat() {
    return new ChatService(question -> new Answer(question, false, List.of(), List.of(), List.of(),
        "The articles do not say."));
  }

  @Test
  void thePlatformIsCalledTelegram() {
    assertThat(platform.name()).isEqualTo("telegram");
  }

  @Test
  void twentyAlertsSentIntoA429StormArriveOnceEach() throws Exception {
    telegram.rateLimit(6);
    telegram.failSendAfter(3, 502, "<html><body>502 Bad Gateway</body></html>");
    List<DeliveryException> seen = new ArrayList<>();

    for (int i = 1; i <= 20; i++) {
      sendWithRetries("-100900", Reply.info("Alert " + i + ": prices <rise> & fall"), seen);
    }

    List<Sent> sent = telegram.sentTo("-100900");
    assertThat(sent).extracting(Sent::visibleText)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20)
            .mapToObj(i -> "Alert " + i + ": prices <rise> & fall").toList());
    assertThat(telegram.rateLimitedCount()).isPositive();
    assertThat(seen).anySatisfy(e -> {
      assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
      assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1));
    });
    assertThat(seen).anySatisfy(e -> assertThat(e.kind()).isEqualTo(Kind.TRANSIENT));
  }

  /** What an outbox does: wait as told on RATE_LIMITED, back off a little on TRANSIENT. */
  private void sendWithRetries(String chatId, Reply reply, List<DeliveryException> seen) throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        platform.send(chatId, reply);
        return;
      } catch (DeliveryException e) {
        seen.add(e);
        assertThat(attempt).as("attempts for one alert").isLessThan(30);
        switch (e.kind()) {
          case RATE_LIMITED -> Thread.sleep(e.retryAfter().toMillis());
          case TRANSIENT -> Thread.sleep(50);
          default -> throw e;
        }
      }
    }
  }

  @Test
  void aBlockedChatIsGone() {
    telegram.block("555");

    assertThatThrownBy(() -> platform.send("555", Reply.info("Alert")))
        .isInstanceOfSatisfying(DeliveryException.class, e -> {
          assertThat(e.kind()).isEqualTo(Kind.CHAT_GONE);
          assertThat(e.getMessage()).contains("555").contains("403").contains("blocked");
        });
  }

  @Test
  void aVanishedOrMigratedGroupIsGone() {
    telegram.failNextSend(400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}");
    assertThatThrownBy(() -> platform.send("-100901", Reply.info("Alert")))
        .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CHAT_GONE));

    telegram.failNextSend(400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group chat was "
        + "upgraded to a supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":-1001234567890}}");
    assertThatThrownBy(() -> platform.send("-901", Reply.info("Alert")))
        .isInstanceOfSatisfying(DeliveryException.class, e -> {
          assertThat(e.kind()).isEqualTo(Kind.CHAT_GONE);
          assertThat(e.getMessage()).contains("-1001234567890");
        });
  }

  @Test
  void aMalformedMessageIsRejectedAndLoggedWithTheChatId() throws Exception {
    telegram.failNextSend(400, "{\"ok\":false,\"error_code\":400,\"description\":"
        + "\"Bad Request: can't parse entities: Unsupported start tag\"}");

    try (LogCapture logs = new LogCapture()) {
      assertThatThrownBy(() -> platform.send("556", Reply.info("Alert")))
          .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED));

      assertThat(logs.lines()).anyMatch(line -> line.startsWith("WARN") && line.contains("chat 556")
          && line.contains("can't parse entities"));
    }
  }

  @Test
  void serverErrorsAndAnUnreachableServerAreTransient() throws Exception {
    telegram.failNextSend(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
    assertThatThrownBy(() -> platform.send("557", Reply.info("Alert")))
        .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TRANSIENT));

    telegram.failNextSend(502, "<html><body>502 Bad Gateway</body></html>");
    assertThatThrownBy(() -> platform.send("557", Reply.info("Alert")))
        .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TRANSIENT));

    // a webhook-mode bot does not poll, so the server can go away without the poller complaining
    try (FakeTelegramServer vanishing = new FakeTelegramServer();
        TelegramBot webhookBot = TelegramBot.start(TelegramSettings.of(FakeTelegramServer.TOKEN)
            .withApiUrl(vanishing.url()).withWebhook(java.net.URI.create("https://bot.example.test/hook"),
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), null)
            .withLimits(SendLimits.NONE), quietChat())) {
      vanishing.close();
      assertThatThrownBy(() -> webhookBot.platform().send("557", Reply.info("Alert")))
          .isInstanceOfSatisfying(DeliveryException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
            assertThat(e.getMessage()).contains("557");
          });
    }
  }

  @Test
  void aLongAlertCutShortByA429ResumesWithoutRepeatingItsFirstPart() throws Exception {
    List<Reply.Block> blocks = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      blocks.add(Reply.Block.of("Paragraph " + i + " of a long digest, which goes on for a while so that"
          + " sixty of them fill more than one Telegram message."));
    }
    Reply digest = new Reply(Reply.Kind.INFO, blocks, List.of(), List.of());
    telegram.failSendAfter(1, 429, TOO_MANY);

    assertThatThrownBy(() -> platform.send("558", digest))
        .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED));
    assertThat(telegram.sentTo("558")).hasSize(1);
    platform.send("558", digest);

    List<Sent> parts = telegram.sentTo("558");
    assertThat(parts).hasSizeGreaterThan(1);
    assertThat(parts).extracting(Sent::visibleText).doesNotHaveDuplicates();
    assertThat(parts.get(0).visibleText()).startsWith("Paragraph 1 ");
    assertThat(parts.get(parts.size() - 1).visibleText()).endsWith("Paragraph 60 of a long digest, which goes on"
        + " for a while so that sixty of them fill more than one Telegram message.");
  }
}
