package org.newsbot.discord;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import net.dv8tion.jda.api.entities.Message;

/**
 * Discord message nonces made from the core's idempotency keys. Sent with enforce_nonce, a nonce
 * makes Discord hand back the message it already created with that nonce in the last few minutes
 * instead of posting it again. A nonce may have at most 25 characters, so it is the start of the
 * SHA-256 of the key (100 bits in hex); each message of a reply split in several gets its own.
 */
final class MessageNonce {
  static final int LENGTH = Message.MAX_NONCE_LENGTH;

  private MessageNonce() {}

  /** The nonce of message {@code part} (from 0) of the reply sent under {@code key}. */
  static String of(String key, int part) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest((key + '\n' + part).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, LENGTH);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
