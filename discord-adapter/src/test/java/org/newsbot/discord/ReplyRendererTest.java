package org.newsbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;
import org.newsbot.answer.Answer;
import org.newsbot.answer.Claim;
import org.newsbot.answer.Conflict;
import org.newsbot.answer.SourceRef;
import org.newsbot.chat.Reply;

class ReplyRendererTest {
  private final ReplyRenderer renderer = new ReplyRenderer();

  @Test
  void anAnswerIsAnEmbedWithCitationMarksAndOneFieldPerSource() {
    Answer answer = new Answer("Who?", true,
        List.of(new Claim("The *group* claimed it.", List.of(1, 2))),
        List.of(new SourceRef(1, "a1", "Meduza", "Group claims attack", "https://meduza.io/a", LocalDate.of(2024, 3, 23)),
            new SourceRef(2, "a2", null, "Attack (update)", "https://www.example.org/x_(1)", null)),
        List.of(new Conflict("the death toll", List.of(new Conflict.Value("143", List.of(1)),
            new Conflict.Value("144", List.of(2))))),
        "");

    List<DiscordMessage> messages = renderer.render(Reply.of(answer));

    assertThat(messages).hasSize(1);
    MessageEmbed embed = messages.get(0).embeds().get(0);
    assertThat(messages.get(0).content()).isNull();
    assertThat(embed.getDescription())
        .startsWith("The \\*group\\* claimed it. [1][2] \\(2 sources report this\\)")
        .contains("\n\n\u26A0\uFE0F Sources disagree on the death toll: 143 [1] vs 144 [2]");
    assertThat(embed.getFields()).extracting(MessageEmbed.Field::getName)
        .containsExactly("[1] Meduza \u00B7 2024-03-23", "[2] example.org \u00B7 date unknown");
    assertThat(embed.getFields()).extracting(MessageEmbed.Field::getValue)
        .containsExactly("[Group claims attack](https://meduza.io/a)",
            "[Attack \\(update\\)](https://www.example.org/x_%281%29)");
  }

  @Test
  void aSourceWithoutAWebAddressShowsItsTitleButNotTheLocalPath() {
    MessageEmbed.Field field = ReplyRenderer.sourceField(new SourceRef(3, "a3", null, "Crocus hall warning",
        "file:///srv/news/003_crocus.txt", LocalDate.of(2024, 4, 2)));

    assertThat(field.getName()).isEqualTo("[3] 003\\_crocus.txt \u00B7 2024-04-02");
    assertThat(field.getValue()).isEqualTo("Crocus hall warning");
  }

  @Test
  void otherRepliesArePlainEscapedContent() {
    List<DiscordMessage> messages = renderer.render(Reply.error("No source #3 - try `/sources` @here"));

    assertThat(messages).singleElement().satisfies(message -> {
      assertThat(message.embeds()).isEmpty();
      assertThat(message.content()).isEqualTo("No source #3 - try \\`/sources\\` @\u200Bhere");
    });
  }

  @Test
  void aLongAnswerIsSplitWithinEveryLimitAndLosesNothing() {
    List<Claim> claims = new ArrayList<>();
    List<SourceRef> sources = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      claims.add(new Claim("Claim number " + i + " says that " + "the harbour stayed closed all week ".repeat(8)
          + "end" + i + ".", List.of(i)));
      sources.add(new SourceRef(i, "a" + i, "Outlet " + i, "A long title ".repeat(30) + i,
          "https://news.example.org/articles/" + i, LocalDate.of(2024, 5, i % 28 + 1)));
    }
    List<DiscordMessage> messages = renderer.render(Reply.of(new Answer("q", true, claims, sources, List.of(), "")));

    assertThat(messages.size()).isGreaterThan(1);
    StringBuilder descriptions = new StringBuilder();
    List<String> fieldNames = new ArrayList<>();
    for (DiscordMessage message : messages) {
      assertThat(message.embeds()).hasSizeLessThanOrEqualTo(ReplyRenderer.EMBEDS_PER_MESSAGE);
      assertThat(message.length()).isLessThanOrEqualTo(ReplyRenderer.EMBED_TOTAL_LIMIT);
      for (MessageEmbed embed : message.embeds()) {
        assertThat(embed.getFields()).hasSizeLessThanOrEqualTo(ReplyRenderer.FIELDS_PER_EMBED);
        if (embed.getDescription() != null) {
          assertThat(embed.getDescription().length()).isLessThanOrEqualTo(ReplyRenderer.DESCRIPTION_LIMIT);
          descriptions.append(embed.getDescription()).append("\n\n");
        }
        embed.getFields().forEach(field -> {
          assertThat(field.getValue().length()).isLessThanOrEqualTo(ReplyRenderer.FIELD_VALUE_LIMIT);
          fieldNames.add(field.getName());
        });
      }
    }
    for (int i = 1; i <= 40; i++) {
      assertThat(descriptions).contains("end" + i + ". [" + i + "]");
    }
    assertThat(descriptions.toString().indexOf("end39.")).isLessThan(descriptions.toString().indexOf("end40."));
    assertThat(fieldNames).hasSize(40);
    assertThat(fieldNames.get(39)).startsWith("[40] Outlet 40");
  }

  @Test
  void longPlainTextIsSplitIntoMessagesOfAtMost2000CharactersAtWordBoundaries() {
    String paragraph = "The quay stays closed while crews clear the pier of debris left by the storm. ".repeat(15);
    Reply reply = Reply.info(paragraph.strip(), paragraph.strip(), paragraph.strip());

    List<DiscordMessage> messages = renderer.render(reply);

    assertThat(messages).hasSizeGreaterThan(1).allSatisfy(message -> {
      assertThat(message.content().length()).isLessThanOrEqualTo(ReplyRenderer.CONTENT_LIMIT);
      assertThat(message.content()).startsWith("The quay").endsWith("storm.");
    });
    String joined = String.join(" ", messages.stream().map(DiscordMessage::content).toList());
    assertThat(joined.replaceAll("\\s+", " ")).isEqualTo((paragraph + paragraph + paragraph).strip().replaceAll("\\s+", " "));
  }

  @Test
  void buttonsGoUnderTheLastMessageUpToTwentyFiveAndTheRestStayText() {
    String paragraph = "The quay stays closed while crews clear the pier of debris left by the storm. ".repeat(15);
    List<Reply.Button> buttons = new ArrayList<>();
    for (int i = 1; i <= 26; i++) {
      buttons.add(new Reply.Button("Stop #" + i, "/unsubscribe " + i));
    }
    buttons.add(new Reply.Button("Stop #1 again", "/unsubscribe 1")); // a custom id must be unique
    buttons.add(new Reply.Button("Not a command", "unsubscribe 2"));

    List<DiscordMessage> messages = renderer.render(new Reply(Reply.Kind.INFO,
        List.of(Reply.Block.of(paragraph), Reply.Block.of(paragraph)), List.of(), buttons));

    DiscordMessage last = messages.get(messages.size() - 1);
    assertThat(messages.subList(0, messages.size() - 1)).allSatisfy(m -> assertThat(m.buttons()).isEmpty());
    assertThat(last.buttons()).hasSize(25).extracting(Reply.Button::command).doesNotHaveDuplicates()
        .startsWith("/unsubscribe 1", "/unsubscribe 2").endsWith("/unsubscribe 25");
    assertThat(last.toCreateData().getComponents()).hasSize(5);
    assertThat(last.content()).endsWith("Stop #26: /unsubscribe 26\n\nStop #1 again: /unsubscribe 1\n\n"
        + "Not a command: unsubscribe 2");
  }

  @Test
  void anEmptyReplyStillGivesAMessage() {
    assertThat(renderer.render(new Reply(Reply.Kind.ANSWER, List.of(), List.of(), List.of())))
        .singleElement().extracting(DiscordMessage::content).isEqualTo("Done.");
  }

  @Test
  void everyMessageAllowsNoMentions() {
    DiscordMessage message = renderer.render(Reply.info("hello")).get(0);

    assertThat(message.toCreateData().getAllowedMentions()).isEmpty();
    assertThat(message.toCreateData().isMentionRepliedUser()).isFalse();
    assertThat(message.toEditData().getAllowedMentions()).isEmpty();
  }
}
