package org.newsbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration: YAML, environment overrides, secrets only from the environment, no unknown keys. */
class AppConfigTest {
  @TempDir
  Path dir;

  @Test
  void readsNestedSettingsFromYaml() throws IOException {
    AppConfig config = AppConfig.load(yaml("""
        data: /srv/newsbot
        database:
          url: jdbc:postgresql://db.example/newsbot
          user: newsbot
        admins: [alice, bob]
        telegram:
          enabled: yes
        """), Map.of());

    assertThat(config.get("data")).isEqualTo("/srv/newsbot");
    assertThat(config.get("database.url")).isEqualTo("jdbc:postgresql://db.example/newsbot");
    assertThat(config.get("database.user")).isEqualTo("newsbot");
    assertThat(config.list("admins")).containsExactly("alice", "bob");
    assertThat(config.flag("telegram.enabled", false)).isTrue();
    assertThat(config.get("database.missing")).isNull();
    assertThat(config.get("database.missing", "fallback")).isEqualTo("fallback");
  }

  @Test
  void theEnvironmentOverridesTheFile() throws IOException {
    AppConfig config = AppConfig.load(yaml("""
        database:
          url: jdbc:h2:file:/from/yaml
          user: from-yaml
        admins: [alice]
        """), Map.of("NEWSBOT_DATABASE_URL", "jdbc:postgresql://from-env/newsbot",
        "NEWSBOT_DATABASE_USER", "  ",
        "NEWSBOT_ADMINS", "carol, dave,,"));

    assertThat(config.get("database.url")).isEqualTo("jdbc:postgresql://from-env/newsbot");
    assertThat(config.get("database.user")).as("a blank variable does not override").isEqualTo("from-yaml");
    assertThat(config.list("admins")).containsExactly("carol", "dave");
  }

  @Test
  void worksWithoutAFile() {
    AppConfig config = AppConfig.load(null, Map.of("NEWSBOT_DATABASE_URL", "jdbc:h2:mem:x"));

    assertThat(config.get("database.url")).isEqualTo("jdbc:h2:mem:x");
    assertThat(config.get("data")).isNull();
    assertThat(config.list("admins")).isEmpty();
  }

  @Test
  void aSecretInTheFileIsRefusedAndNamesItsVariable() throws IOException {
    Path file = yaml("""
        telegram:
          token: "123456:ABC-secret"
        """);

    assertThatThrownBy(() -> AppConfig.load(file, Map.of()))
        .isInstanceOf(AppConfig.ConfigException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("telegram.token")
        .hasMessageContaining("TELEGRAM_BOT_TOKEN")
        .hasMessageNotContaining("ABC-secret");
    assertThatThrownBy(() -> AppConfig.load(yaml("database:\n  password: hunter2\n"), Map.of()))
        .hasMessageContaining("NEWSBOT_DATABASE_PASSWORD");
  }

  @Test
  void secretsComeFromTheEnvironment() {
    AppConfig config = AppConfig.load(null, Map.of("NEWSBOT_DATABASE_PASSWORD", "hunter2",
        "TELEGRAM_BOT_TOKEN", "123:abc", "DISCORD_BOT_TOKEN", " "));

    assertThat(config.get("database.password")).isEqualTo("hunter2");
    assertThat(config.get("telegram.token")).isEqualTo("123:abc");
    assertThat(config.get("discord.token")).isNull();
  }

  @Test
  void anUnknownKeyIsRefused() throws IOException {
    Path file = yaml("""
        data: /srv/newsbot
        colour: blue
        """);

    assertThatThrownBy(() -> AppConfig.load(file, Map.of()))
        .isInstanceOf(AppConfig.ConfigException.class)
        .hasMessageContaining("unknown setting 'colour'");
  }

  @Test
  void aMissingFileOrOneThatIsNotAMappingIsRefused() throws IOException {
    assertThatThrownBy(() -> AppConfig.load(dir.resolve("missing.yml"), Map.of()))
        .isInstanceOf(AppConfig.ConfigException.class).hasMessageContaining("does not exist");
    assertThatThrownBy(() -> AppConfig.load(yaml("- just\n- a list\n"), Map.of()))
        .isInstanceOf(AppConfig.ConfigException.class).hasMessageContaining("mapping");
    assertThatThrownBy(() -> AppConfig.load(yaml("data: [unclosed\n"), Map.of()))
        .isInstanceOf(AppConfig.ConfigException.class).hasMessageContaining("cannot read");
  }

  @Test
  void anEmptyFileSetsNothing() throws IOException {
    assertThat(AppConfig.load(yaml(""), Map.of()).get("data")).isNull();
  }

  @Test
  void aFlagMustBeTrueOrFalse() throws IOException {
    AppConfig config = AppConfig.load(yaml("telegram:\n  enabled: maybe\n"), Map.of());

    assertThatThrownBy(() -> config.flag("telegram.enabled", false))
        .isInstanceOf(AppConfig.ConfigException.class).hasMessageContaining("maybe");
    assertThat(AppConfig.load(null, Map.of("NEWSBOT_TELEGRAM_ENABLED", "off")).flag("telegram.enabled", true))
        .isFalse();
  }

  @Test
  void environmentNamesFollowTheKeys() {
    assertThat(AppConfig.envName("database.url")).isEqualTo("NEWSBOT_DATABASE_URL");
    assertThat(AppConfig.envName("alerts.max-per-day")).isEqualTo("NEWSBOT_ALERTS_MAX_PER_DAY");
  }

  private Path yaml(String text) throws IOException {
    return Files.writeString(Files.createTempFile(dir, "newsbot", ".yml"), text);
  }
}
