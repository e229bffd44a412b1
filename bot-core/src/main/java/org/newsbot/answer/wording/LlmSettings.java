package org.newsbot.answer.wording;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * An OpenAI-compatible chat endpoint that rewords answers: its base URL (the part before
 * {@code /chat/completions}), the model to ask for, how long to wait, and an optional API key.
 */
public record LlmSettings(URI baseUrl, String model, Duration timeout, String apiKey) {

  public LlmSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(timeout, "timeout");
    String scheme = baseUrl.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || baseUrl.getHost() == null) {
      throw new IllegalArgumentException("the chat endpoint must be an http:// or https:// URL");
    }
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException("a model name is needed");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the timeout must be positive");
    }
    apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
  }

  /** {@code {base-url}/chat/completions}. */
  public URI chatCompletions() {
    String base = baseUrl.toString();
    return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/chat/completions");
  }

  /** The base URL without any user name, password or query in it, for log lines. */
  public String describeEndpoint() {
    return baseUrl.getScheme() + "://" + baseUrl.getHost() + (baseUrl.getPort() < 0 ? "" : ":" + baseUrl.getPort())
        + (baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath());
  }

  /** Never shows the key, so the settings can be logged. */
  @Override
  public String toString() {
    return "LlmSettings[baseUrl=" + describeEndpoint() + ", model=" + model + ", timeout=" + timeout
        + ", apiKey=" + (apiKey == null ? "none" : "set") + "]";
  }
}
