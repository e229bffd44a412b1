package org.newsbot.discord;

import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers presses of the bot's buttons like slash commands: the command a button carries runs as
 * the user who pressed it. A press carrying anything else is answered privately and runs nothing.
 */
final class ButtonListener extends ListenerAdapter {
  private static final Logger log = LoggerFactory.getLogger(ButtonListener.class);

  private final ButtonCommands commands;
  private final InteractionAnswers answers;

  ButtonListener(ButtonCommands commands, InteractionAnswers answers) {
    this.commands = commands;
    this.answers = answers;
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    Optional<String> command = commands.command(event.getComponentId());
    if (command.isEmpty()) {
      log.info("a button press by {} in {} carried no command of this bot", event.getUser().getId(),
          event.getChannelId());
      event.reply("This button does not work any more.").setEphemeral(true).queue(null,
          failure -> log.debug("could not answer a button press", failure));
      return;
    }
    answers.run(event, ButtonCommands.name(command.get()), command.get());
  }
}
