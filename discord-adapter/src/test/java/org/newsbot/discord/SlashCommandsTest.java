package org.newsbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.Test;

class SlashCommandsTest {
  @Test
  void eachCommandBecomesTheCoresTextCommand() {
    assertThat(SlashCommands.toText("ask", Map.of("question", " Who won? "))).isEqualTo("/ask Who won?");
    assertThat(SlashCommands.toText("subscribe", Map.of("query", "\"harbour festival\" -sport")))
        .isEqualTo("/subscribe \"harbour festival\" -sport");
    assertThat(SlashCommands.toText("unsubscribe", Map.of("id", "3"))).isEqualTo("/unsubscribe 3");
    assertThat(SlashCommands.toText("addsource", Map.of("url", "https://x.org/feed")))
        .isEqualTo("/addsource https://x.org/feed");
    assertThat(SlashCommands.toText("digest", Map.of("schedule", "daily 08:00"))).isEqualTo("/digest daily 08:00");
    assertThat(SlashCommands.toText("digest", Map.of())).isEqualTo("/digest");
    assertThat(SlashCommands.toText("help", Map.of())).isEqualTo("/help");
  }

  @Test
  void aCommandItDoesNotDefineIsPassedOnByName() {
    assertThat(SlashCommands.toText("mute", Map.of("duration", "1h"))).isEqualTo("/mute");
  }

  @Test
  void registersNineCommandsWithTheirOptions() {
    assertThat(SlashCommands.data()).extracting(SlashCommandData::getName).containsExactly("ask", "subscribe",
        "unsubscribe", "subscriptions", "addsource", "removesource", "sources", "digest", "help");
    SlashCommandData ask = SlashCommands.data().get(0);
    assertThat(ask.getOptions()).singleElement().satisfies(option -> {
      assertThat(option.getName()).isEqualTo("question");
      assertThat(option.isRequired()).isTrue();
      assertThat(option.getMaxLength()).isEqualTo(500);
    });
  }
}
