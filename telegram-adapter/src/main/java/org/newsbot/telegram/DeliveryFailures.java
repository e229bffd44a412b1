package org.newsbot.telegram;

import java.time.Duration;
import java.util.Locale;
import org.newsbot.chat.DeliveryException;
import org.newsbot.chat.DeliveryException.Kind;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/**
 * Turns a failed Bot API call into what the sender should do: 429 waits for retry_after, 403 (the
 * bot was blocked or removed) and a vanished or migrated chat stop posting there, other 4xx refuse
 * the message itself, and 5xx or network trouble are worth another try.
 */
final class DeliveryFailures {
  private DeliveryFailures() {}

  static DeliveryException classify(String method, String chatId, TelegramApiException error, BotToken token) {
    String where = "telegram " + method + (chatId == null ? "" : " for chat " + chatId);
    // the library never sees the token, but a cause must not carry it even so
    Throwable cause = token.appearsIn(error) ? null : error;
    if (error instanceof TelegramApiValidationException) {
      return new DeliveryException(Kind.REJECTED, where + " was not sent: " + token.scrub(error.getMessage()),
          null, cause);
    }
    if (error instanceof TelegramApiRequestException request && request.getErrorCode() != null
        && request.getErrorCode() > 0) {
      int code = request.getErrorCode();
      String description = token.scrub(String.valueOf(request.getApiResponse()));
      String message = where + " failed: " + code + " " + description;
      ResponseParameters parameters = request.getParameters();
      if (code == 429) {
        Integer seconds = parameters == null ? null : parameters.getRetryAfter();
        Duration retryAfter = seconds == null || seconds < 0 ? Duration.ZERO : Duration.ofSeconds(seconds);
        return new DeliveryException(Kind.RATE_LIMITED, message, retryAfter, cause);
      }
      if (parameters != null && parameters.getMigrateToChatId() != null) {
        return new DeliveryException(Kind.CHAT_GONE, message + " (the group is now chat "
            + parameters.getMigrateToChatId() + ")", null, cause);
      }
      String lower = description.toLowerCase(Locale.ROOT);
      if (code == 403 || code == 400 && (lower.contains("chat not found") || lower.contains("kicked")
          || lower.contains("not enough rights") || lower.contains("have no rights"))) {
        return new DeliveryException(Kind.CHAT_GONE, message, null, cause);
      }
      if (code == 401 || code == 404) {
        // the token was refused: not this chat's fault, and not fixed by dropping the message
        return new DeliveryException(Kind.TRANSIENT, message + " (check TELEGRAM_BOT_TOKEN)", null, cause);
      }
      if (code >= 400 && code < 500 && code != 408 && code != 409) {
        return new DeliveryException(Kind.REJECTED, message, null, cause);
      }
      return new DeliveryException(Kind.TRANSIENT, message, null, cause);
    }
    return new DeliveryException(Kind.TRANSIENT, where + " failed: " + summary(error, token), null, cause);
  }

  /** The innermost useful message of a network or parsing failure. */
  private static String summary(Throwable error, BotToken token) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = root == error ? String.valueOf(error.getMessage())
        : error.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    return token.scrub(text);
  }
}
