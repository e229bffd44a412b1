package org.newsbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.telegram.TelegramSettings;

class TelegramSetupTest {
  @TempDir
  Path dir;

  @Test
  void withoutATokenTelegramIsNotConfigured() {
    assertThat(TelegramSetup.configured(AppConfig.load(null, Map.of()))).isFalse();
    assertThat(TelegramSetup.configured(AppConfig.load(null, Map.of("TELEGRAM_BOT_TOKEN", "1:abc")))).isTrue();
  }

  @Test
  void theFileAndTheEnvironmentGiveTheSettings() throws Exception {
    Path yaml = Files.writeString(dir.resolve("newsbot.yml"), """
        telegram:
          api-url: http://127.0.0.1:8081
          webhook-url: https://bot.example.org/telegram
          webhook-listen: 127.0.0.1:9000
          admins: [111, 222]
        """);

    TelegramSettings settings = TelegramSetup.settings(AppConfig.load(yaml,
        Map.of("TELEGRAM_BOT_TOKEN", "1:abcdefghijkl", "TELEGRAM_WEBHOOK_SECRET", "hook_secret")));

    assertThat(settings.token()).isEqualTo("1:abcdefghijkl");
    assertThat(settings.apiUrl()).isEqualTo(URI.create("http://127.0.0.1:8081"));
    assertThat(settings.webhookUrl()).isEqualTo(URI.create("https://bot.example.org/telegram"));
    assertThat(settings.webhookListen().getPort()).isEqualTo(9000);
    assertThat(settings.webhookSecret()).isEqualTo("hook_secret");
    assertThat(settings.admins()).containsExactlyInAnyOrder(111L, 222L);
  }

  @Test
  void longPollingAgainstTelegramIsTheDefault() {
    TelegramSettings settings = TelegramSetup.settings(AppConfig.load(null,
        Map.of("TELEGRAM_BOT_TOKEN", "1:abc", "NEWSBOT_TELEGRAM_ADMINS", "5, 6")));

    assertThat(settings.webhook()).isFalse();
    assertThat(settings.apiUrl()).isEqualTo(TelegramSettings.DEFAULT_API_URL);
    assertThat(settings.admins()).containsExactlyInAnyOrder(5L, 6L);
  }

  @Test
  void badSettingsAreExplained() throws Exception {
    Map<String, String> token = Map.of("TELEGRAM_BOT_TOKEN", "1:abc");
    assertThatThrownBy(() -> TelegramSetup.settings(AppConfig.load(null,
        Map.of("TELEGRAM_BOT_TOKEN", "1:abc", "NEWSBOT_TELEGRAM_ADMINS", "alice"))))
        .isInstanceOf(AppConfig.ConfigException.class).hasMessageContaining("telegram.admins").hasMessageContaining("alice");
    assertThatThrownBy(() -> TelegramSetup.settings(AppConfig.load(null,
        Map.of("TELEGRAM_BOT_TOKEN", "1:abc", "NEWSBOT_TELEGRAM_API_URL", "ftp://x"))))
        .isInstanceOf(AppConfig.ConfigException.class).hasMessageContaining("telegram.api-url");
    assertThatThrownBy(() -> TelegramSetup.settings(AppConfig.load(null,
        Map.of("TELEGRAM_BOT_TOKEN", "1:abc", "NEWSBOT_TELEGRAM_WEBHOOK_URL", "http://insecure.example"))))
        .isInstanceOf(AppConfig.ConfigException.class).hasMessageContaining("https");
    Path yaml = Files.writeString(dir.resolve("secret.yml"), "telegram:\n  webhook-secret: abc\n");
    assertThatThrownBy(() -> AppConfig.load(yaml, token))
        .isInstanceOf(AppConfig.ConfigException.class).hasMessageContaining("TELEGRAM_WEBHOOK_SECRET");
    // nothing listens beyond loopback unless a host is named
    assertThat(TelegramSetup.listen(null).getAddress().isLoopbackAddress()).isTrue();
    assertThat(TelegramSetup.listen("9000").getAddress().isLoopbackAddress()).isTrue();
    assertThat(TelegramSetup.listen("0.0.0.0:9000").getAddress().isAnyLocalAddress()).isTrue();
    assertThatThrownBy(() -> TelegramSetup.listen("somewhere:port"))
        .isInstanceOf(AppConfig.ConfigException.class).hasMessageContaining("telegram.webhook-listen");
  }
}
