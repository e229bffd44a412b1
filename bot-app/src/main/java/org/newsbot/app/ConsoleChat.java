package org.newsbot.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.util.Locale;
import java.util.Set;
import org.newsbot.chat.Caller;
import org.newsbot.chat.ChatMessage;
import org.newsbot.chat.ChatPlatform;
import org.newsbot.chat.ChatService;
import org.newsbot.chat.PlainTextRenderer;
import org.newsbot.chat.Reply;
import org.newsbot.chat.Role;

/**
 * The local console chat: every line is a message to the bot, every reply printed as plain text.
 * The person at the console runs this newsbot, so they are its admin. It is also the chat platform
 * "console": alerts for the console chat are printed as they arrive.
 */
final class ConsoleChat implements ChatPlatform {
  static final String PLATFORM = "console";
  static final String CHAT_ID = "console";
  private static final Set<String> QUIT = Set.of("/quit", "/exit", "quit", "exit");

  private final ChatService chat;
  private final PrintStream out;
  private final Caller caller;
  private volatile boolean prompting;

  ConsoleChat(ChatService chat, PrintStream out) {
    this.chat = chat;
    this.out = out;
    this.caller = new Caller(PLATFORM, System.getProperty("user.name", "console"),
        System.getProperty("user.name", "console"), Role.ADMIN);
  }

  /** Reads lines until end of input or /quit. */
  void run(Reader input, boolean prompt) throws IOException {
    BufferedReader reader = new BufferedReader(input);
    prompting = prompt;
    out.println("newsbot console chat. Ask a question, or send /help. /quit ends.");
    while (true) {
      if (prompt) {
        synchronized (out) {
          out.print("> ");
          out.flush();
        }
      }
      String line = reader.readLine();
      if (line == null || QUIT.contains(line.strip().toLowerCase(Locale.ROOT))) {
        return;
      }
      if (line.isBlank()) {
        continue;
      }
      String reply = PlainTextRenderer.render(chat.handle(new ChatMessage(CHAT_ID, caller, line)));
      synchronized (out) {
        out.println(reply);
        out.println();
      }
    }
  }

  @Override
  public String name() {
    return PLATFORM;
  }

  /** Prints an alert between the replies, and the prompt again after it. */
  @Override
  public void send(String chatId, Reply reply) {
    String text = PlainTextRenderer.render(reply);
    synchronized (out) {
      out.println();
      out.println(text);
      out.println();
      if (prompting) {
        out.print("> ");
      }
      out.flush();
    }
  }
}
