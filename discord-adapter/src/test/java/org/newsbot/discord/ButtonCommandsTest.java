package org.newsbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which button presses are taken for the bot's own commands. */
class ButtonCommandsTest {
  private final ButtonCommands commands = new ButtonCommands(() -> Set.of("unsubscribe", "help"));

  @Test
  void aPressIsAcceptedOnlyInTheShapeOfTheBotsOwnButtons() {
    assertThat(commands.command("/unsubscribe 12")).contains("/unsubscribe 12");
    assertThat(commands.command("/help")).contains("/help");
    assertThat(commands.command("/addsource https://example.org")).as("unknown here").isEmpty();
    assertThat(commands.command("/unsubscribe 12\n/help")).isEmpty();
    assertThat(commands.command("unsubscribe 12")).isEmpty();
    assertThat(commands.command("/unsubscribe " + "1".repeat(100))).isEmpty();
    assertThat(commands.command(null)).isEmpty();
  }

  @Test
  void theNameOfACommandIsWhatFollowsTheSlash() {
    assertThat(ButtonCommands.name("/unsubscribe 12")).isEqualTo("unsubscribe");
    assertThat(ButtonCommands.name("/help")).isEqualTo("help");
  }
}
