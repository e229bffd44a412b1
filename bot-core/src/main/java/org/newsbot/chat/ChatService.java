package org.newsbot.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.newsbot.answer.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The platform-neutral chat: turns messages into replies. A command runs its handler when the
 * caller's role allows it; any other text is a question. Nothing a user sends can stop the bot: a
 * failing handler gives an error reply and a log line.
 */
public final class ChatService {
  private static final Logger log = LoggerFactory.getLogger(ChatService.class);
  public static final int MAX_QUESTION_CHARS = 500;

  private final Map<String, Command> commands = new LinkedHashMap<>();
  private final Function<String, Answer> answers;

  public ChatService(Function<String, Answer> answers) {
    this.answers = answers;
    register(new Command("ask", "/ask QUESTION", "answer a question from the indexed articles",
        Role.USER, (message, question) -> ask(question)));
    register(new Command("help", "/help", "what this bot does and its commands", Role.USER,
        (message, ignored) -> help(message.caller().role())));
    register(new Command("start", "/start", "the same as /help", Role.USER,
        (message, ignored) -> help(message.caller().role())));
  }

  /** Adds a command; later features add theirs (sources, subscriptions). */
  public void register(Command command) {
    commands.put(command.name(), command);
  }

  /** The commands a caller of this role may use, in registration order, for help and menus. */
  public List<Command> commandsFor(Role role) {
    return commands.values().stream().filter(c -> role.atLeast(c.required()))
        .filter(c -> !c.name().equals("start")).toList();
  }

  public Reply handle(ChatMessage message) {
    // every line logged while handling the message names its chat
    try (MDC.MDCCloseable chat = MDC.putCloseable("chat", message.chatId());
        MDC.MDCCloseable platform = MDC.putCloseable("platform", message.caller().platform())) {
      return handleInContext(message);
    }
  }

  private Reply handleInContext(ChatMessage message) {
    try {
      Optional<ParsedCommand> parsed = ParsedCommand.parse(message.text());
      if (parsed.isEmpty()) {
        return ask(message.text());
      }
      Command command = commands.get(parsed.get().name());
      if (command == null) {
        return Reply.error("Unknown command /" + parsed.get().name() + ". Send /help for the list.");
      }
      if (!message.caller().role().atLeast(command.required())) {
        return Reply.refusal("Only " + (command.required() == Role.ADMIN ? "admins" : "moderators")
            + " can use /" + command.name() + ".");
      }
      return command.handler().handle(message, parsed.get().argument());
    } catch (RuntimeException e) {
      log.error("chat {}: handling a message failed", message.chatId(), e);
      return Reply.error("Something went wrong on our side; it has been logged. Please try again.");
    }
  }

  private Reply ask(String text) {
    String question = text.strip();
    if (question.isEmpty()) {
      return Reply.error("Ask a question after /ask, for example: /ask How many people died?");
    }
    if (question.length() > MAX_QUESTION_CHARS) {
      return Reply.error("That question is " + question.length() + " characters long; the limit is "
          + MAX_QUESTION_CHARS + ". Please ask it more briefly.");
    }
    return Reply.of(answers.apply(question));
  }

  private Reply help(Role role) {
    List<String> lines = new ArrayList<>();
    lines.add("I answer questions about the news from the articles I have indexed. Every sentence"
        + " of an answer cites its sources, and when the articles don't say, I tell you so.");
    StringBuilder list = new StringBuilder("Commands:");
    for (Command command : commandsFor(role)) {
      list.append('\n').append(command.usage()).append(" - ").append(command.description());
    }
    lines.add(list.toString());
    return Reply.info(lines.toArray(String[]::new));
  }
}
