package org.newsbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageNonceTest {
  @Test
  void aKeyAlwaysGivesTheSameNonceWithinDiscordsTwentyFiveCharacters() {
    String key = "alert:telegram:-1001234567890:story-81723:subscription-12:" + "x".repeat(200);

    assertThat(MessageNonce.of(key, 0)).hasSize(25).matches("[0-9a-f]{25}").isEqualTo(MessageNonce.of(key, 0));
  }

  @Test
  void otherKeysAndOtherPartsGiveOtherNonces() {
    assertThat(MessageNonce.of("alert-1", 0)).isNotEqualTo(MessageNonce.of("alert-2", 0))
        .isNotEqualTo(MessageNonce.of("alert-1", 1));
    assertThat(MessageNonce.of("alert-1", 11)).isNotEqualTo(MessageNonce.of("alert-11", 1));
  }
}
