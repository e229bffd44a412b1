package org.newsbot.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * Connects to a configured gateway URL instead of the one Discord names (a proxy, or a local
 * test server). Discord is still asked for the shard count and session limits.
 */
final class ConfiguredGateway extends SessionControllerAdapter {
  private final String url;

  ConfiguredGateway(String url) {
    this.url = url;
  }

  @Override
  public String getGateway() {
    return url;
  }

  @Override
  public ShardedGateway getShardedGateway(JDA api) {
    ShardedGateway fromDiscord = super.getShardedGateway(api);
    return new ShardedGateway(url, fromDiscord.getShardTotal(), fromDiscord.getConcurrency());
  }
}
