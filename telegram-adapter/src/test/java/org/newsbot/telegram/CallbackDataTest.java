package org.newsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsbot.chat.Reply;

/** What goes into callback_data, and which callbacks are taken for the bot's own commands. */
class CallbackDataTest {
  private final CallbackData data = new CallbackData(() -> Set.of("unsubscribe", "help"));

  @Test
  void aCommandFitsUpToSixtyFourBytesOfUtf8() {
    String sixtyFour = "/unsubscribe " + "x".repeat(51);
    String sixtyFourWithUmlauts = "/unsubscribe " + "\u00fc".repeat(25) + "x"; // two bytes each

    assertThat(CallbackData.fits(new Reply.Button("Stop", sixtyFour))).isTrue();
    assertThat(CallbackData.fits(new Reply.Button("Stop", sixtyFour + "x"))).isFalse();
    assertThat(CallbackData.fits(new Reply.Button("Stop", sixtyFourWithUmlauts))).isTrue();
    assertThat(CallbackData.fits(new Reply.Button("Stop", sixtyFourWithUmlauts + "\u00fc"))).isFalse();
  }

  @Test
  void onlyCommandsWithALabelBecomeInlineButtons() {
    assertThat(CallbackData.fits(new Reply.Button("Stop", "unsubscribe 3"))).isFalse();
    assertThat(CallbackData.fits(new Reply.Button(" ", "/unsubscribe 3"))).isFalse();
    assertThat(CallbackData.fits(new Reply.Button("Stop", "/unsubscribe@other_bot 3"))).isFalse();
  }

  @Test
  void aReplyWithoutTextKeepsItsButtonsAsText() {
    Reply bare = new Reply(Reply.Kind.INFO, List.of(), List.of(), List.of(new Reply.Button("Help", "/help")));

    assertThat(CallbackData.keyboard(bare)).isNull();
    assertThat(CallbackData.asText(bare)).containsExactly(new Reply.Button("Help", "/help"));
  }

  @Test
  void aCallbackIsAcceptedOnlyInTheShapeOfTheBotsOwnButtons() {
    assertThat(data.command("/unsubscribe 12")).contains("/unsubscribe 12");
    assertThat(data.command("/help")).contains("/help");
    assertThat(data.command("/addsource https://example.org")).as("unknown here").isEmpty();
    assertThat(data.command("/unsubscribe@other_bot 12")).isEmpty();
    assertThat(data.command("/unsubscribe 12\n/help")).isEmpty();
    assertThat(data.command("unsubscribe 12")).isEmpty();
    assertThat(data.command("/Unsubscribe 12")).isEmpty();
    assertThat(data.command("/unsubscribe " + "1".repeat(60))).as("longer than callback_data may be").isEmpty();
    assertThat(data.command(null)).isEmpty();
  }
}
