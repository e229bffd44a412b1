package org.newsbot.discord;

import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.newsbot.chat.Reply;

/**
 * One Discord message of a rendered reply: plain content or embeds, and buttons (see
 * {@link ButtonCommands}). Every message goes out with allowed mentions set to none, so text quoted
 * from articles or users never pings anyone.
 */
record DiscordMessage(String content, List<MessageEmbed> embeds, List<Reply.Button> buttons) {
  private static final EnumSet<Message.MentionType> NO_MENTIONS = EnumSet.noneOf(Message.MentionType.class);

  DiscordMessage {
    embeds = List.copyOf(embeds);
    buttons = List.copyOf(buttons);
    if ((content == null || content.isEmpty()) && embeds.isEmpty()) {
      throw new IllegalArgumentException("a message needs content or an embed");
    }
  }

  DiscordMessage(String content, List<MessageEmbed> embeds) {
    this(content, embeds, List.of());
  }

  static DiscordMessage text(String content) {
    return new DiscordMessage(content, List.of());
  }

  DiscordMessage withButtons(List<Reply.Button> more) {
    return new DiscordMessage(content, embeds, more);
  }

  MessageCreateData toCreateData() {
    MessageCreateBuilder builder = new MessageCreateBuilder().setEmbeds(embeds).setComponents(rows())
        .setAllowedMentions(NO_MENTIONS).mentionRepliedUser(false);
    if (content != null) {
      builder.setContent(content);
    }
    return builder.build();
  }

  /** As an edit of a deferred reply, which has no content or embeds of its own yet. */
  MessageEditData toEditData() {
    MessageEditBuilder builder = new MessageEditBuilder().setEmbeds(embeds).setComponents(rows())
        .setAllowedMentions(NO_MENTIONS).mentionRepliedUser(false);
    builder.setContent(content == null ? "" : content);
    return builder.build();
  }

  private List<ActionRow> rows() {
    return buttons.isEmpty() ? List.of() : ActionRow.partitionOf(buttons.stream().map(ButtonCommands::toDiscord)
        .toList());
  }

  /** Characters this message counts against Discord's limits, for tests and logs. */
  int length() {
    return (content == null ? 0 : content.length()) + embeds.stream().mapToInt(MessageEmbed::getLength).sum();
  }
}
