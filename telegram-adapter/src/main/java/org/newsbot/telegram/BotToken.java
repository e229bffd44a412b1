package org.newsbot.telegram;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The bot token, kept out of every string the adapter or the Telegram library produces. The library
 * only ever sees {@link #PLACEHOLDER}; {@link TokenInterceptor} puts the real token into the request
 * URL on its way out, so log lines and exceptions built by the library cannot contain it.
 */
final class BotToken {
  /** What the library is given instead of the token; it ends up in URLs and its own toString(). */
  static final String PLACEHOLDER = "0:newsbot-token";
  private static final String REDACTED = "<redacted>";

  private final String value;
  private final List<String> forms;

  BotToken(String value) {
    Objects.requireNonNull(value, "token");
    if (value.isBlank()) {
      throw new IllegalArgumentException("the Telegram bot token is empty");
    }
    this.value = value.strip();
    // the whole token, its secret half (after the bot id), and their URL-encoded forms
    List<String> all = new ArrayList<>();
    all.add(this.value);
    int colon = this.value.indexOf(':');
    if (colon >= 0 && this.value.length() - colon > 8) {
      all.add(this.value.substring(colon + 1));
    }
    for (String form : List.copyOf(all)) {
      String encoded = URLEncoder.encode(form, StandardCharsets.UTF_8);
      if (!encoded.equals(form)) {
        all.add(encoded);
      }
    }
    this.forms = List.copyOf(all);
  }

  String value() {
    return value;
  }

  /** {@code text} with every form of the token replaced; null stays null. */
  String scrub(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String form : forms) {
      out = out.replace(form, REDACTED);
    }
    return out;
  }

  boolean appearsIn(String text) {
    return text != null && !scrub(text).equals(text);
  }

  /** True when the message of {@code error} or of any of its causes mentions the token. */
  boolean appearsIn(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (appearsIn(t.getMessage()) || appearsIn(t.toString())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "BotToken[" + REDACTED + "]";
  }
}
