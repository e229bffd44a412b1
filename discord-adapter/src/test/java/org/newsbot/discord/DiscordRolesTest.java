package org.newsbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsbot.chat.Role;

class DiscordRolesTest {
  private final DiscordRoles roles = new DiscordRoles(Set.of("42"), "Newsroom");

  @Test
  void configuredUserIdsAreAdminsAnywhere() {
    assertThat(roles.of("42", false, List.of())).isEqualTo(Role.ADMIN);
    assertThat(roles.of("42", null)).as("in a direct message").isEqualTo(Role.ADMIN);
  }

  @Test
  void manageServerMakesAModerator() {
    assertThat(roles.of("7", true, List.of())).isEqualTo(Role.MODERATOR);
  }

  @Test
  void theConfiguredRoleByNameOrIdMakesAModerator() {
    assertThat(roles.of("7", false, List.of("555", "newsroom"))).isEqualTo(Role.MODERATOR);
    assertThat(new DiscordRoles(Set.of(), "555").of("7", false, List.of("555", "Staff"))).isEqualTo(Role.MODERATOR);
  }

  @Test
  void everyoneElseIsAUser() {
    assertThat(roles.of("7", false, List.of("1", "Readers"))).isEqualTo(Role.USER);
    assertThat(new DiscordRoles(Set.of(), null).of("7", false, List.of("Newsroom"))).isEqualTo(Role.USER);
    assertThat(roles.of("7", null)).as("in a direct message").isEqualTo(Role.USER);
  }
}
