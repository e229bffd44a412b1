package org.newsbot.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.newsbot.answer.AnswerText;
import org.newsbot.answer.SourceRef;
import org.newsbot.chat.Reply;

/**
 * Renders a platform-neutral reply as Discord messages. Answers (and anything citing sources)
 * become embeds: the claims with their citation marks in the description, disagreements marked,
 * and one field per numbered source with its outlet, date and link. Everything else is plain
 * content. Long replies are split cleanly so that each message stays within Discord's limits.
 * Buttons become Discord buttons under the last message; those that cannot stay text.
 */
final class ReplyRenderer {
  static final int CONTENT_LIMIT = 2000;
  static final int DESCRIPTION_LIMIT = MessageEmbed.DESCRIPTION_MAX_LENGTH;
  static final int FIELDS_PER_EMBED = MessageEmbed.MAX_FIELD_AMOUNT;
  static final int FIELD_NAME_LIMIT = MessageEmbed.TITLE_MAX_LENGTH;
  static final int FIELD_VALUE_LIMIT = MessageEmbed.VALUE_MAX_LENGTH;
  /** Discord counts all embeds of one message together against this. */
  static final int EMBED_TOTAL_LIMIT = MessageEmbed.EMBED_MAX_LENGTH_BOT;
  static final int EMBEDS_PER_MESSAGE = 10;

  private static final int ANSWER_COLOR = 0x2B6CB0;
  private static final String DISAGREEMENT_MARK = "\u26A0\uFE0F ";
  /** How the core opens a block that shows disagreeing sources. */
  private static final String DISAGREEMENT_OPENING = disagreementOpening();

  List<DiscordMessage> render(Reply reply) {
    List<DiscordMessage> messages = reply.kind() == Reply.Kind.ANSWER || !reply.sources().isEmpty()
        ? embeds(reply) : plain(reply);
    List<Reply.Button> buttons = ButtonCommands.asButtons(reply);
    if (buttons.isEmpty()) {
      return messages;
    }
    // the buttons go under the last message, where the reader ends up
    List<DiscordMessage> withButtons = new ArrayList<>(messages);
    int last = withButtons.size() - 1;
    withButtons.set(last, withButtons.get(last).withButtons(buttons));
    return withButtons;
  }

  private List<DiscordMessage> plain(Reply reply) {
    List<String> paragraphs = new ArrayList<>();
    for (Reply.Block block : reply.blocks()) {
      paragraphs.add(block(block));
    }
    paragraphs.addAll(buttons(reply));
    String text = String.join("\n\n", paragraphs).strip();
    List<DiscordMessage> messages = new ArrayList<>();
    for (String piece : TextSplitter.split(text.isEmpty() ? "Done." : text, CONTENT_LIMIT)) {
      messages.add(DiscordMessage.text(piece));
    }
    return messages;
  }

  private List<DiscordMessage> embeds(Reply reply) {
    List<String> paragraphs = new ArrayList<>();
    for (Reply.Block block : reply.blocks()) {
      paragraphs.add(block(block));
    }
    paragraphs.addAll(buttons(reply));
    Packer packer = new Packer();
    for (String piece : TextSplitter.split(String.join("\n\n", paragraphs), DESCRIPTION_LIMIT)) {
      packer.addDescription(piece);
    }
    for (SourceRef source : reply.sources()) {
      packer.addField(sourceField(source));
    }
    List<DiscordMessage> messages = packer.finish();
    return messages.isEmpty() ? plain(reply) : messages;
  }

  /** A block as markdown: the text escaped, citation marks as {@code [n]}, disagreements marked. */
  private static String block(Reply.Block block) {
    StringBuilder out = new StringBuilder();
    for (Reply.Span span : block.spans()) {
      switch (span) {
        case Reply.Text text -> out.append(DiscordMarkdown.escape(text.text()));
        case Reply.Cite cite -> out.append('[').append(cite.ref()).append(']');
      }
    }
    String text = out.toString().strip();
    return block.plain().startsWith(DISAGREEMENT_OPENING) ? DISAGREEMENT_MARK + text : text;
  }

  /** The buttons that cannot be Discord buttons, as text. */
  private static List<String> buttons(Reply reply) {
    List<String> lines = new ArrayList<>();
    for (Reply.Button button : ButtonCommands.asText(reply)) {
      lines.add(DiscordMarkdown.escape(button.label()) + ": " + DiscordMarkdown.escape(button.command()));
    }
    return lines;
  }

  /** {@code [1] Outlet · 2024-04-02} over a link to the article under its title. */
  static MessageEmbed.Field sourceField(SourceRef source) {
    String date = source.published() == null ? "date unknown" : source.published().toString();
    String name = truncate("[" + source.ref() + "] " + DiscordMarkdown.escape(source.origin()) + " \u00B7 " + date,
        FIELD_NAME_LIMIT);
    String title = source.title() == null || source.title().isBlank() ? source.url() : source.title();
    String value;
    if (DiscordMarkdown.isWebLink(source.url())) {
      String target = DiscordMarkdown.linkTarget(source.url());
      // the link needs "[", "](", the target and ")"; the title gets what is left
      int room = FIELD_VALUE_LIMIT - target.length() - 4;
      value = room < 16 ? truncate(target, FIELD_VALUE_LIMIT)
          : "[" + truncate(DiscordMarkdown.escape(title), room) + "](" + target + ")";
    } else {
      // a file: or other local address means nothing to readers and shows the server's folders
      value = truncate(DiscordMarkdown.escape(title.equals(source.url()) ? source.origin() : title),
          FIELD_VALUE_LIMIT);
    }
    return new MessageEmbed.Field(name, value, false);
  }

  /** Shortens to {@code limit} characters with an ellipsis, never leaving half an escape. */
  static String truncate(String text, int limit) {
    if (text.length() <= limit) {
      return text;
    }
    List<String> pieces = TextSplitter.split(text, limit - 1);
    return pieces.get(0) + "\u2026";
  }

  private static String disagreementOpening() {
    String marker = "\u0000";
    String probe = AnswerText.disagreeOn(marker);
    return probe.substring(0, probe.indexOf(marker));
  }

  /** Fills embeds and messages in order, opening a new one whenever a limit would be passed. */
  private static final class Packer {
    private final List<DiscordMessage> messages = new ArrayList<>();
    private final List<MessageEmbed> embeds = new ArrayList<>();
    private EmbedBuilder current;
    private int messageLength;

    void addDescription(String text) {
      closeEmbed();
      makeRoom(text.length());
      current = newEmbed().setDescription(text);
      messageLength += text.length();
    }

    void addField(MessageEmbed.Field field) {
      int length = field.getName().length() + field.getValue().length();
      if (current != null && current.getFields().size() < FIELDS_PER_EMBED
          && messageLength + length <= EMBED_TOTAL_LIMIT) {
        current.addField(field);
        messageLength += length;
        return;
      }
      closeEmbed();
      makeRoom(length);
      current = newEmbed().addField(field);
      messageLength += length;
    }

    List<DiscordMessage> finish() {
      closeEmbed();
      closeMessage();
      return messages;
    }

    /** Starts a new message when the next embed, of {@code length} characters, would not fit. */
    private void makeRoom(int length) {
      if (embeds.size() >= EMBEDS_PER_MESSAGE || messageLength + length > EMBED_TOTAL_LIMIT) {
        closeMessage();
      }
    }

    private void closeEmbed() {
      if (current != null) {
        embeds.add(current.build());
        current = null;
      }
    }

    private void closeMessage() {
      if (!embeds.isEmpty()) {
        messages.add(new DiscordMessage(null, embeds));
        embeds.clear();
        messageLength = 0;
      }
    }

    private static EmbedBuilder newEmbed() {
      return new EmbedBuilder().setColor(ANSWER_COLOR);
    }
  }
}
