package org.newsbot.discord;

import java.time.Duration;
import java.util.Set;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.newsbot.chat.DeliveryException;
import org.newsbot.chat.DeliveryException.Kind;

/** Says what a failed post to Discord means for the sender: retry, wait, park the chat, or drop. */
final class DeliveryErrors {
  /** Discord's error codes for "the bot cannot post there any more". */
  private static final Set<ErrorResponse> GONE = Set.of(ErrorResponse.MISSING_PERMISSIONS,
      ErrorResponse.MISSING_ACCESS, ErrorResponse.UNKNOWN_CHANNEL, ErrorResponse.UNKNOWN_GUILD,
      ErrorResponse.UNKNOWN_USER, ErrorResponse.CANNOT_SEND_TO_USER);

  private DeliveryErrors() {}

  static DeliveryException map(String chatId, Throwable failure) {
    if (failure instanceof RateLimitedException limited) {
      return new DeliveryException(Kind.RATE_LIMITED, "Discord rate-limits posts to " + chatId,
          Duration.ofMillis(Math.max(0, limited.getRetryAfter())), failure);
    }
    if (failure instanceof PermissionException) {
      return new DeliveryException(Kind.CHAT_GONE, "the bot may not post in " + chatId + ": "
          + failure.getMessage(), null, failure);
    }
    if (failure instanceof ErrorResponseException error) {
      return mapResponse(chatId, error);
    }
    // network trouble, a shard reconnecting, the client shutting down: all pass
    return new DeliveryException(Kind.TRANSIENT, "posting to " + chatId + " failed: " + failure, null, failure);
  }

  private static DeliveryException mapResponse(String chatId, ErrorResponseException error) {
    int status = error.getResponse() == null ? -1 : error.getResponse().code;
    String what = "Discord answered " + (status > 0 ? "HTTP " + status + ", " : "") + error.getMessage();
    if (error.getResponse() != null && error.getResponse().getException() != null) {
      return new DeliveryException(Kind.TRANSIENT, "posting to " + chatId + " failed: " + what, null, error);
    }
    if (status == 429) {
      long retryAfter = error.getResponse().retryAfter;
      return new DeliveryException(Kind.RATE_LIMITED, what, Duration.ofMillis(Math.max(0, retryAfter)), error);
    }
    if (GONE.contains(error.getErrorResponse()) || status == 403 || status == 404) {
      return new DeliveryException(Kind.CHAT_GONE, "the bot cannot post in " + chatId + ": " + what, null, error);
    }
    // a bad token is the bot's problem, not the message's: keep the message for when it is fixed
    if (status >= 500 || status == 401 || status < 0) {
      return new DeliveryException(Kind.TRANSIENT, what, null, error);
    }
    return new DeliveryException(Kind.REJECTED, "Discord refused the message for " + chatId + ": " + what,
        null, error);
  }
}
