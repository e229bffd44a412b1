package org.newsbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionListenerTest {
  @Test
  void dropsTheBotsMentionsWhereverTheyAre() {
    assertThat(MentionListener.withoutMention("<@99> who won?", "99")).isEqualTo("who won?");
    assertThat(MentionListener.withoutMention("hey <@!99>, who won? <@99>", "99")).isEqualTo("hey , who won?");
    assertThat(MentionListener.withoutMention("<@98> asks: who won?", "99")).isEqualTo("<@98> asks: who won?");
  }
}
