package org.newsbot.chat;

/** What a caller may do: moderators manage sources; admins are configured and may do everything. */
public enum Role {
  USER, MODERATOR, ADMIN;

  public boolean atLeast(Role other) {
    return compareTo(other) >= 0;
  }
}
