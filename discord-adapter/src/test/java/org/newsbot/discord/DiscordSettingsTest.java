package org.newsbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {
  private final Map<String, String> values = new HashMap<>();
  private final Map<String, List<String>> lists = new HashMap<>();

  private DiscordSettings read() {
    return DiscordSettings.fromConfig(values::get, key -> lists.getOrDefault(key, List.of()));
  }

  @Test
  void withoutATokenDiscordStaysOff() {
    assertThat(read()).isNull();
    values.put("discord.token", "  ");
    assertThat(read()).isNull();
  }

  @Test
  void defaultsToGlobalCommandsOneShardAndDiscordsServers() {
    values.put("discord.token", "secret-token");

    DiscordSettings settings = read();

    assertThat(settings.guildId()).isNull();
    assertThat(settings.shards()).isEqualTo(1);
    assertThat(settings.apiUrl()).isEqualTo("https://discord.com/api/v10/");
    assertThat(settings.gatewayUrl()).isNull();
    assertThat(settings.messageContent()).isFalse();
  }

  @Test
  void readsEverySetting() {
    values.putAll(Map.of("discord.token", "secret-token", "discord.guild-id", "123", "discord.shards", "4",
        "discord.moderator-role", "Newsroom", "discord.api-url", "http://127.0.0.1:9/api/v10/",
        "discord.gateway-url", "ws://127.0.0.1:10/", "discord.message-content", "true"));
    lists.put("discord.admins", List.of("42", "43"));

    DiscordSettings settings = read();

    assertThat(settings.guildId()).isEqualTo("123");
    assertThat(settings.shards()).isEqualTo(4);
    assertThat(settings.moderatorRole()).isEqualTo("Newsroom");
    assertThat(settings.admins()).containsExactlyInAnyOrder("42", "43");
    assertThat(settings.apiUrl()).isEqualTo("http://127.0.0.1:9/api/v10/");
    assertThat(settings.gatewayUrl()).isEqualTo("ws://127.0.0.1:10/");
    assertThat(settings.messageContent()).isTrue();
  }

  @Test
  void badValuesGetAClearMessage() {
    values.put("discord.token", "secret-token");
    values.put("discord.shards", "many");
    assertThatThrownBy(this::read).hasMessageContaining("discord.shards must be a whole number");
    values.put("discord.shards", "0");
    assertThatThrownBy(this::read).hasMessageContaining("discord.shards must be 1 or more");
    values.remove("discord.shards");
    values.put("discord.guild-id", "my server");
    assertThatThrownBy(this::read).hasMessageContaining("discord.guild-id must be a Discord server id");
    values.remove("discord.guild-id");
    lists.put("discord.admins", List.of("alice"));
    assertThatThrownBy(this::read).hasMessageContaining("discord.admins must list Discord user ids");
  }

  @Test
  void neverShowsTheToken() {
    values.put("discord.token", "secret-token");

    assertThat(read().toString()).doesNotContain("secret-token");
  }
}
