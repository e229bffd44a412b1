package org.newsbot.discord;

import java.util.concurrent.CountDownLatch;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the slash commands once a shard is ready: globally from shard 0 (global commands can
 * take a while to show up everywhere), or only in the configured server, where they appear at once.
 * Also counts the shards that became ready.
 */
final class CommandRegistrar extends ListenerAdapter {
  private static final Logger log = LoggerFactory.getLogger(CommandRegistrar.class);

  private final String guildId;
  private final CountDownLatch ready;

  CommandRegistrar(String guildId, CountDownLatch ready) {
    this.guildId = guildId;
    this.ready = ready;
  }

  @Override
  public void onReady(ReadyEvent event) {
    log.info("Discord shard {} is ready in {} servers", event.getJDA().getShardInfo().getShardString(),
        event.getGuildTotalCount());
    if (guildId == null && event.getJDA().getShardInfo().getShardId() == 0) {
      event.getJDA().updateCommands().addCommands(SlashCommands.data()).queue(
          commands -> log.info("registered {} global slash commands", commands.size()),
          failure -> log.error("registering the global slash commands failed: {}", failure.toString()));
    }
    ready.countDown();
  }

  @Override
  public void onGuildReady(GuildReadyEvent event) {
    registerIn(event.getGuild());
  }

  @Override
  public void onGuildJoin(GuildJoinEvent event) {
    registerIn(event.getGuild());
  }

  private void registerIn(Guild guild) {
    if (!guild.getId().equals(guildId)) {
      return;
    }
    guild.updateCommands().addCommands(SlashCommands.data()).queue(
        commands -> log.info("registered {} slash commands in server {}", commands.size(), guild.getId()),
        failure -> log.error("registering the slash commands in server {} failed: {}", guild.getId(),
            failure.toString()));
  }
}
