package org.newsbot.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import org.newsbot.answer.wording.LlmSettings;

/**
 * The {@code llm.*} settings of generative wording: {@code llm.url} (the endpoint's base URL; unset
 * keeps answers extractive), {@code llm.model}, {@code llm.timeout-seconds}, and the key from
 * {@code NEWSBOT_LLM_API_KEY} only.
 */
final class LlmConfig {
  static final int DEFAULT_TIMEOUT_SECONDS = 30;

  private LlmConfig() {}

  /** The configured endpoint, or null when {@code llm.url} is unset. */
  static LlmSettings read(AppConfig config) {
    String url = config.get("llm.url");
    if (url == null || url.isBlank()) {
      return null;
    }
    String model = config.get("llm.model");
    if (model == null || model.isBlank()) {
      throw new AppConfig.ConfigException("llm.model must be set when llm.url is: the model the endpoint serves");
    }
    return new LlmSettings(baseUrl(url), model.strip(), Duration.ofSeconds(timeoutSeconds(config)),
        config.get("llm.api-key"));
  }

  /** The URL as given; not echoed in errors, since it may hold a user name and password. */
  private static URI baseUrl(String url) {
    try {
      URI uri = new URI(url.strip());
      if (uri.getScheme() != null && uri.getScheme().matches("(?i)https?") && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new AppConfig.ConfigException(
        "llm.url must be an http:// or https:// base URL, such as http://127.0.0.1:8080/v1");
  }

  private static int timeoutSeconds(AppConfig config) {
    String value = config.get("llm.timeout-seconds");
    if (value == null) {
      return DEFAULT_TIMEOUT_SECONDS;
    }
    try {
      int seconds = Integer.parseInt(value.strip());
      if (seconds > 0) {
        return seconds;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new AppConfig.ConfigException("llm.timeout-seconds must be a whole number of seconds above 0, not '"
        + value + "'");
  }
}
