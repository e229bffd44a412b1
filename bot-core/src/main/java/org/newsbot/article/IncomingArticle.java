package org.newsbot.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/** An article as an ingester found it, before it is stored. */
public record IncomingArticle(
    Long sourceId,
    String outlet,
    String url,
    String title,
    LocalDate published,
    String language,
    String body) {

  public IncomingArticle {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(body, "body");
  }

  /** A hash of the text a reader sees; a changed hash under the same URL is a revision. */
  public String contentHash() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(Objects.toString(title, "").strip().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(body.strip().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
