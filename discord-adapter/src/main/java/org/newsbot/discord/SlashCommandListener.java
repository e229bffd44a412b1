package org.newsbot.discord;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/** Answers slash commands: each becomes the text command the core understands (see {@link SlashCommands}). */
final class SlashCommandListener extends ListenerAdapter {
  private final InteractionAnswers answers;

  SlashCommandListener(InteractionAnswers answers) {
    this.answers = answers;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    String text = SlashCommands.toText(event.getName(), name -> {
      OptionMapping option = event.getOption(name);
      return option == null ? null : option.getAsString();
    });
    answers.run(event, event.getName(), text);
  }
}
