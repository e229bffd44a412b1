package org.newsbot.discord;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import org.newsbot.chat.Caller;
import org.newsbot.chat.Role;

/**
 * Finds a caller's newsbot role: configured user ids are admins; members who may manage the server,
 * or who have the configured moderator role (by id or name), are moderators; everyone else is a
 * user. Outside a server (a DM) only the admin list counts.
 */
final class DiscordRoles {
  private final Set<String> admins;
  private final String moderatorRole;

  DiscordRoles(Set<String> admins, String moderatorRole) {
    this.admins = Set.copyOf(admins);
    this.moderatorRole = moderatorRole == null ? null : moderatorRole.strip().toLowerCase(Locale.ROOT);
  }

  /** {@code user} as the core sees them: named as the server shows them, with their role there. */
  Caller caller(User user, Member member) {
    return new Caller(DiscordChatPlatform.NAME, user.getId(),
        member != null ? member.getEffectiveName() : user.getEffectiveName(), of(user.getId(), member));
  }

  Role of(String userId, Member member) {
    if (member == null) {
      return of(userId, false, List.of());
    }
    List<String> roles = member.getRoles().stream()
        .flatMap(role -> Stream.of(role.getId(), role.getName())).toList();
    return of(userId, member.hasPermission(Permission.MANAGE_SERVER), roles);
  }

  /** The rule itself: {@code roleIdsAndNames} holds the ids and names of the member's roles. */
  Role of(String userId, boolean managesServer, List<String> roleIdsAndNames) {
    if (admins.contains(userId)) {
      return Role.ADMIN;
    }
    if (managesServer) {
      return Role.MODERATOR;
    }
    if (moderatorRole != null
        && roleIdsAndNames.stream().anyMatch(role -> role.strip().toLowerCase(Locale.ROOT).equals(moderatorRole))) {
      return Role.MODERATOR;
    }
    return Role.USER;
  }
}
