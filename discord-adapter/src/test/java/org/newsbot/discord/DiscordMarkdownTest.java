package org.newsbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscordMarkdownTest {
  @Test
  void escapesInlineMarkdown() {
    assertThat(DiscordMarkdown.escape("**bold** _it_ ~~x~~ `code` ||spoiler|| [a](b) <@123>"))
        .isEqualTo("\\*\\*bold\\*\\* \\_it\\_ \\~\\~x\\~\\~ \\`code\\` \\|\\|spoiler\\|\\| \\[a\\]\\(b\\) \\<@123\\>");
  }

  @Test
  void escapesMarkdownThatStartsALine() {
    assertThat(DiscordMarkdown.escape("# Heading\n- item\n1. first\n-# small"))
        .isEqualTo("\\# Heading\n\\- item\n1\\. first\n\\-# small");
  }

  @Test
  void breaksMassMentions() {
    assertThat(DiscordMarkdown.escape("hello @everyone and @here, mail me@example.org"))
        .isEqualTo("hello @\u200Beveryone and @\u200Bhere, mail me@example.org");
  }

  @Test
  void leavesOrdinaryTextAlone() {
    assertThat(DiscordMarkdown.escape("144 people died on March 22, 2024.")).isEqualTo("144 people died on March 22, 2024.");
  }

  @Test
  void linkTargetsCannotEndEarly() {
    assertThat(DiscordMarkdown.linkTarget("https://x.org/a b(c)")).isEqualTo("https://x.org/a%20b%28c%29");
  }
}
