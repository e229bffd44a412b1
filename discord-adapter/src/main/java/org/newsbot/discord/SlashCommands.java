package org.newsbot.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.newsbot.chat.ChatService;

/**
 * The slash commands the bot registers with Discord, and how each becomes the text command the
 * core understands: {@code /ask question:"..."} is {@code "/ask ..."}. What a command does, and who
 * may use it, is the core's business.
 */
final class SlashCommands {
  /** A command as Discord shows it: its name, description and options in order. */
  record Definition(String name, String description, List<Option> options) {}

  /** A string option. */
  record Option(String name, String description, boolean required, int maxLength) {}

  static final List<Definition> ALL = List.of(
      new Definition("ask", "Ask a question; the answer cites the news articles it comes from",
          List.of(new Option("question", "Your question", true, ChatService.MAX_QUESTION_CHARS))),
      new Definition("subscribe", "Get an alert in this channel when news matches a query",
          List.of(new Option("query", "Words, \"exact phrases\", -excluded words, OR", true, 0))),
      new Definition("unsubscribe", "Stop a subscription",
          List.of(new Option("id", "The subscription's number from /subscriptions", true, 0))),
      new Definition("subscriptions", "List this channel's subscriptions", List.of()),
      new Definition("addsource", "Add a news source (moderators)",
          List.of(new Option("url", "The source's feed or site URL", true, 0))),
      new Definition("removesource", "Remove a news source (moderators)",
          List.of(new Option("id", "The source's number from /sources", true, 0))),
      new Definition("sources", "List the news sources", List.of()),
      new Definition("digest", "Show or set this channel's alert digest",
          List.of(new Option("schedule", "off, hourly, or daily HH:MM", false, 0))),
      new Definition("help", "What this bot does and its commands", List.of()));

  private SlashCommands() {}

  static List<SlashCommandData> data() {
    List<SlashCommandData> data = new ArrayList<>();
    for (Definition definition : ALL) {
      SlashCommandData command = Commands.slash(definition.name(), definition.description());
      for (Option option : definition.options()) {
        OptionData optionData = new OptionData(OptionType.STRING, option.name(), option.description(),
            option.required());
        if (option.maxLength() > 0) {
          optionData.setMaxLength(option.maxLength());
        }
        command.addOptions(optionData);
      }
      data.add(command);
    }
    return data;
  }

  /**
   * The text command for an invocation: the name, then the option values in the order the
   * command defines them. {@code optionValue} gives an option's value or null when it is absent.
   */
  static String toText(String name, Function<String, String> optionValue) {
    StringBuilder text = new StringBuilder("/").append(name);
    Definition definition = ALL.stream().filter(d -> d.name().equals(name)).findFirst().orElse(null);
    if (definition == null) {
      return text.toString();
    }
    for (Option option : definition.options()) {
      String value = optionValue.apply(option.name());
      if (value != null && !value.isBlank()) {
        text.append(' ').append(value.strip());
      }
    }
    return text.toString();
  }

  static String toText(String name, Map<String, String> options) {
    return toText(name, options::get);
  }
}
