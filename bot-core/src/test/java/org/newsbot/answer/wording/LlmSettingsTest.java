package org.newsbot.answer.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LlmSettingsTest {
  @Test
  void chatCompletionsSitsUnderTheBaseUrl() {
    assertThat(settings("http://127.0.0.1:8080/v1").chatCompletions())
        .isEqualTo(URI.create("http://127.0.0.1:8080/v1/chat/completions"));
    assertThat(settings("https://llm.example/openai/v1/").chatCompletions())
        .isEqualTo(URI.create("https://llm.example/openai/v1/chat/completions"));
  }

  @Test
  void theDescriptionShowsNoCredentials() {
    LlmSettings settings = new LlmSettings(URI.create("https://user:pw-secret@llm.example:8443/v1?key=q-secret"),
        "m", Duration.ofSeconds(3), "sk-secret");

    assertThat(settings.describeEndpoint()).isEqualTo("https://llm.example:8443/v1");
    assertThat(settings.toString()).doesNotContain("secret").contains("apiKey=set");
  }

  @Test
  void unusableSettingsAreRefused() {
    assertThatThrownBy(() -> settings("ftp://llm.example/v1")).hasMessageContaining("http://");
    assertThatThrownBy(() -> new LlmSettings(URI.create("http://h/v1"), " ", Duration.ofSeconds(1), null))
        .hasMessageContaining("model");
    assertThatThrownBy(() -> new LlmSettings(URI.create("http://h/v1"), "m", Duration.ZERO, null))
        .hasMessageContaining("timeout");
  }

  private static LlmSettings settings(String url) {
    return new LlmSettings(URI.create(url), "m", Duration.ofSeconds(1), null);
  }
}
