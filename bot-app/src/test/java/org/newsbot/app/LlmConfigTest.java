package org.newsbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.answer.wording.LlmSettings;

/** The llm.* settings: off unless llm.url is set; the key only from NEWSBOT_LLM_API_KEY. */
class LlmConfigTest {
  @TempDir
  Path dir;

  @Test
  void offWithoutAUrl() {
    assertThat(LlmConfig.read(AppConfig.load(null, Map.of("NEWSBOT_LLM_MODEL", "m")))).isNull();
  }

  @Test
  void readsTheFileAndTheKeyFromTheEnvironment() throws IOException {
    Path yaml = Files.writeString(dir.resolve("newsbot.yml"), """
        llm:
          url: http://127.0.0.1:8080/v1
          model: qwen2.5-7b-instruct
          timeout-seconds: 12
        """);

    LlmSettings llm = LlmConfig.read(AppConfig.load(yaml, Map.of("NEWSBOT_LLM_API_KEY", "sk-env")));

    assertThat(llm.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8080/v1"));
    assertThat(llm.chatCompletions()).isEqualTo(URI.create("http://127.0.0.1:8080/v1/chat/completions"));
    assertThat(llm.model()).isEqualTo("qwen2.5-7b-instruct");
    assertThat(llm.timeout()).isEqualTo(Duration.ofSeconds(12));
    assertThat(llm.apiKey()).isEqualTo("sk-env");
  }

  @Test
  void environmentVariablesAloneSufficeAndTheTimeoutDefaults() {
    LlmSettings llm = LlmConfig.read(AppConfig.load(null, Map.of(
        "NEWSBOT_LLM_URL", "https://llm.example/v1/", "NEWSBOT_LLM_MODEL", "gpt-4o-mini")));

    assertThat(llm.chatCompletions()).isEqualTo(URI.create("https://llm.example/v1/chat/completions"));
    assertThat(llm.timeout()).isEqualTo(Duration.ofSeconds(LlmConfig.DEFAULT_TIMEOUT_SECONDS));
    assertThat(llm.apiKey()).isNull();
  }

  @Test
  void theKeyInTheFileIsRefused() throws IOException {
    Path yaml = Files.writeString(dir.resolve("newsbot.yml"), """
        llm:
          url: http://127.0.0.1:8080/v1
          api-key: sk-in-file
        """);

    assertThatThrownBy(() -> AppConfig.load(yaml, Map.of()))
        .hasMessageContaining("NEWSBOT_LLM_API_KEY").hasMessageNotContaining("sk-in-file");
  }

  @Test
  void unusableSettingsAreRefusedWithWhatToDo() {
    assertThatThrownBy(() -> LlmConfig.read(AppConfig.load(null, Map.of("NEWSBOT_LLM_URL", "http://127.0.0.1:8080/v1"))))
        .hasMessageContaining("llm.model must be set");
    assertThatThrownBy(() -> LlmConfig.read(AppConfig.load(null, Map.of(
        "NEWSBOT_LLM_URL", "127.0.0.1:8080/v1", "NEWSBOT_LLM_MODEL", "m"))))
        .hasMessageContaining("http:// or https://");
    assertThatThrownBy(() -> LlmConfig.read(AppConfig.load(null, Map.of(
        "NEWSBOT_LLM_URL", "http://127.0.0.1:8080/v1", "NEWSBOT_LLM_MODEL", "m", "NEWSBOT_LLM_TIMEOUT_SECONDS", "0"))))
        .hasMessageContaining("llm.timeout-seconds must be");
    assertThatThrownBy(() -> LlmConfig.read(AppConfig.load(null, Map.of(
        "NEWSBOT_LLM_URL", "http://127.0.0.1:8080/v1", "NEWSBOT_LLM_MODEL", "m", "NEWSBOT_LLM_TIMEOUT_SECONDS", "soon"))))
        .hasMessageContaining("not 'soon'");
  }
}
