package org.newsbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatIdsTest {
  @Test
  void readsChannelAndDirectMessageIds() {
    assertThat(ChatIds.parse("400000000000000001")).isEqualTo(new ChatIds.Target(false, "400000000000000001"));
    assertThat(ChatIds.parse("dm:42")).isEqualTo(new ChatIds.Target(true, "42"));
    assertThat(ChatIds.parse("general")).isNull();
    assertThat(ChatIds.parse(null)).isNull();
  }
}
