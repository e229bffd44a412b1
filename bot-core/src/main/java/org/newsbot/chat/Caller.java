package org.newsbot.chat;

import java.util.Objects;

/** Who sent a message: the platform's user id, a display name, and the role the adapter found. */
public record Caller(String platform, String userId, String displayName, Role role) {
  public Caller {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(role, "role");
  }
}
