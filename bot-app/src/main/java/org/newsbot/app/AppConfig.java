package org.newsbot.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Configuration: a YAML file, overridden by environment variables named after each key
 * ({@code database.url} is {@code NEWSBOT_DATABASE_URL}). Secrets come only from the environment.
 */
final class AppConfig {
  /** Keys that must never sit in a file, with the variable that carries them. */
  private static final Map<String, String> SECRETS = Map.of(
      "database.password", "NEWSBOT_DATABASE_PASSWORD",
      "telegram.token", "TELEGRAM_BOT_TOKEN",
      "telegram.webhook-secret", "TELEGRAM_WEBHOOK_SECRET",
      "discord.token", "DISCORD_BOT_TOKEN",
      "llm.api-key", "NEWSBOT_LLM_API_KEY");
  private static final Set<String> KNOWN_PREFIXES = Set.of("data", "database", "admins", "telegram",
      "discord", "sources", "answers", "alerts", "llm", "http", "owner", "jvm");

  private final Map<String, JsonNode> file;
  private final Map<String, String> env;

  private AppConfig(Map<String, JsonNode> file, Map<String, String> env) {
    this.file = file;
    this.env = env;
  }

  static AppConfig load(Path yaml, Map<String, String> env) {
    Map<String, JsonNode> flat = new LinkedHashMap<>();
    if (yaml != null) {
      if (!Files.isRegularFile(yaml)) {
        throw new ConfigException("configuration file " + yaml + " does not exist");
      }
      try {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
        if (root != null && !root.isMissingNode() && !root.isNull()) {
          if (!root.isObject()) {
            throw new ConfigException(yaml + " must hold a mapping of settings");
          }
          flatten("", root, flat);
        }
      } catch (IOException e) {
        throw new ConfigException("cannot read " + yaml + ": " + e.getMessage());
      }
    }
    for (String key : flat.keySet()) {
      if (SECRETS.containsKey(key)) {
        throw new ConfigException(yaml + " sets " + key + "; secrets come only from the environment: set "
            + SECRETS.get(key) + " instead");
      }
      if (!KNOWN_PREFIXES.contains(key.split("\\.")[0])) {
        throw new ConfigException(yaml + ": unknown setting '" + key + "'");
      }
    }
    return new AppConfig(flat, env);
  }

  private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> out) {
    if (node.isObject()) {
      node.properties().forEach(entry ->
          flatten(prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey(), entry.getValue(), out));
    } else {
      out.put(prefix, node);
    }
  }

  static String envName(String key) {
    return "NEWSBOT_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** The value of {@code key}: its environment variable, else the file, else null. */
  String get(String key) {
    String secretVariable = SECRETS.get(key);
    if (secretVariable != null) {
      String value = env.get(secretVariable);
      return value == null || value.isBlank() ? null : value;
    }
    String fromEnv = env.get(envName(key));
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv;
    }
    JsonNode node = file.get(key);
    return node == null || node.isNull() ? null : node.isArray() ? null : node.asText();
  }

  String get(String key, String fallback) {
    String value = get(key);
    return value == null ? fallback : value;
  }

  boolean flag(String key, boolean fallback) {
    String value = get(key);
    if (value == null) {
      return fallback;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default -> throw new ConfigException(key + " must be true or false, not '" + value + "'");
    };
  }

  /** A list: a YAML sequence, or a comma-separated environment variable. */
  List<String> list(String key) {
    String fromEnv = env.get(envName(key));
    List<String> values = new ArrayList<>();
    if (fromEnv != null && !fromEnv.isBlank()) {
      for (String part : fromEnv.split(",")) {
        if (!part.isBlank()) {
          values.add(part.strip());
        }
      }
      return values;
    }
    JsonNode node = file.get(key);
    if (node != null && node.isArray()) {
      node.forEach(item -> values.add(item.asText()));
    } else if (node != null && !node.isNull()) {
      values.add(node.asText());
    }
    return values;
  }

  /** A setting that cannot be used, with what to do about it. */
  static final class ConfigException extends RuntimeException {
    ConfigException(String message) {
      super(message);
    }
  }
}
