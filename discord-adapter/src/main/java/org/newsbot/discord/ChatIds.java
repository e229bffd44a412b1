package org.newsbot.discord;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;

/**
 * The chat ids the core sees for Discord: a channel's id, or {@code dm:USER_ID} for a direct
 * message, since the bot can reopen a DM from the user id but not from the DM channel's id.
 */
final class ChatIds {
  private static final Pattern ID = Pattern.compile("(dm:)?([0-9]{1,20})");

  private ChatIds() {}

  static String of(ChannelType type, String channelId, User user) {
    return type == ChannelType.PRIVATE ? "dm:" + user.getId() : channelId;
  }

  /** Where a chat id points, or null when it is not a Discord chat id. */
  static Target parse(String chatId) {
    Matcher matcher = ID.matcher(chatId == null ? "" : chatId.strip());
    if (!matcher.matches()) {
      return null;
    }
    return new Target(matcher.group(1) != null, matcher.group(2));
  }

  /** A channel, or a user to write to directly. */
  record Target(boolean direct, String id) {}
}
