package org.newsbot.discord;

import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.newsbot.chat.ChatPlatform;
import org.newsbot.chat.DeliveryException;
import org.newsbot.chat.DeliveryException.Kind;
import org.newsbot.chat.Reply;

/**
 * Posts unprompted replies (alerts, digests) into a Discord channel, or a direct message for a
 * chat id of the form {@code dm:USER_ID}. Sends block until Discord accepts them; a rate limit is
 * reported to the caller with Discord's retry-after instead of being waited out here, so the
 * sender can schedule around it.
 */
final class DiscordChatPlatform implements ChatPlatform {
  static final String NAME = "discord";

  private final ShardManager shards;
  private final ReplyRenderer renderer;

  DiscordChatPlatform(ShardManager shards, ReplyRenderer renderer) {
    this.shards = shards;
    this.renderer = renderer;
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * Posts the reply, split into as many messages as Discord's limits need. When a later part
   * fails, the earlier parts have been posted; a retry posts them again.
   */
  @Override
  public void send(String chatId, Reply reply) throws DeliveryException {
    send(chatId, reply, null);
  }

  /**
   * As {@link #send(String, Reply)}, each message carrying a nonce made from {@code idempotencyKey}
   * (see {@link MessageNonce}): a retry within Discord's window of a few minutes gets back the
   * messages already posted instead of posting them again.
   */
  @Override
  public void send(String chatId, Reply reply, String idempotencyKey) throws DeliveryException {
    List<DiscordMessage> messages = renderer.render(reply);
    MessageChannel channel = channel(chatId);
    for (int part = 0; part < messages.size(); part++) {
      try {
        MessageCreateAction action = channel.sendMessage(messages.get(part).toCreateData());
        if (idempotencyKey != null) {
          action = action.setNonce(MessageNonce.of(idempotencyKey, part)); // JDA always enforces nonces
        }
        // false: fail with the retry-after on a rate limit instead of queueing behind it
        action.complete(false);
      } catch (RateLimitedException | RuntimeException e) {
        throw DeliveryErrors.map(chatId, e);
      }
    }
  }

  private MessageChannel channel(String chatId) throws DeliveryException {
    ChatIds.Target target = ChatIds.parse(chatId);
    if (target == null) {
      throw new DeliveryException(Kind.REJECTED, "'" + chatId + "' is not a Discord chat id");
    }
    try {
      if (target.direct()) {
        User user = shards.retrieveUserById(target.id()).complete(false);
        return user.openPrivateChannel().complete(false);
      }
      GuildMessageChannel channel = shards.getChannelById(GuildMessageChannel.class, target.id());
      if (channel == null) {
        if (!allConnected()) {
          throw new DeliveryException(Kind.TRANSIENT, "Discord is still connecting; channel " + chatId
              + " is not known yet");
        }
        throw new DeliveryException(Kind.CHAT_GONE, "the bot is not in a server with channel " + chatId);
      }
      if (!channel.canTalk() || !channel.getGuild().getSelfMember().hasPermission(channel,
          Permission.MESSAGE_EMBED_LINKS)) {
        throw new DeliveryException(Kind.CHAT_GONE, "the bot lacks the permission to post in #"
            + channel.getName() + " (" + chatId + ")");
      }
      return channel;
    } catch (RateLimitedException | RuntimeException e) {
      throw DeliveryErrors.map(chatId, e);
    }
  }

  private boolean allConnected() {
    return shards.getShardsQueued() == 0
        && shards.getShardCache().stream().allMatch(jda -> jda.getStatus() == JDA.Status.CONNECTED);
  }
}
