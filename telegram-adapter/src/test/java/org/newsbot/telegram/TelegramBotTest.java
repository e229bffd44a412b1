package org.newsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.Newsbot;
import org.newsbot.chat.Command;
import org.newsbot.chat.Reply;
import org.newsbot.chat.Role;
import org.newsbot.telegram.FakeTelegramServer.Chat;
import org.newsbot.telegram.FakeTelegramServer.Sent;
import org.newsbot.telegram.FakeTelegramServer.User;

/** The real Telegram library and a real core, talking to a local Bot API server. */
class TelegramBotTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final User ALICE = new User(42, "Alice", "alice");
  private static final User BOB = new User(43, "Bob", "bob");
  private static final User CAROL = new User(44, "Carol", null);
  private static final String LONG_END = "That is the end of the long answer.";

  @TempDir
  static Path dir;
  static Newsbot newsbot;
  static FakeTelegramServer telegram;
  static TelegramBot bot;

  @BeforeAll
  static void start() throws Exception {
    newsbot = TestCore.open(dir);
    // an answer far longer than one Telegram message: a real answer's paragraphs many times over
    newsbot.chat().register(new Command("long", "/long", "a long answer", Role.USER, (message, argument) -> {
      Reply answer = Reply.of(newsbot.ask(TestCore.CROCUS_QUESTION));
      List<Reply.Block> blocks = new ArrayList<>();
      int length = 0;
      for (int i = 1; length < 3 * MessageSplitter.TELEGRAM_LIMIT; i++) { // more than two messages' worth
        blocks.add(Reply.Block.of("Part " + i + " of the long answer follows."));
        blocks.addAll(answer.blocks());
        length += 40 + answer.blocks().stream().mapToInt(block -> block.plain().length()).sum();
      }
      blocks.add(Reply.Block.of(LONG_END));
      return new Reply(Reply.Kind.ANSWER, blocks, answer.sources(), List.of());
    }));
    telegram = new FakeTelegramServer();
    bot = TelegramBot.start(TestCore.polling(telegram), newsbot.chat());
  }

  @AfterAll
  static void stop() {
    TestCore.close(bot, telegram, newsbot);
  }

  @Test
  void aQuestionInAPrivateChatGetsAnHtmlAnswerWithSources() throws Exception {
    telegram.userSends(Chat.privateWith(ALICE.id()), ALICE, TestCore.CROCUS_QUESTION);

    Sent answer = telegram.awaitSent(sent -> sent.chatId().equals("42"), WAIT);

    assertThat(answer.parseMode()).isEqualToIgnoringCase("HTML");
    assertThat(answer.previewsOff()).isTrue();
    assertThat(answer.visibleText()).contains("Islamic State").contains("[1]").contains("Sources");
    assertThat(answer.text()).contains("<b>Sources</b>");
    // the seed files have no web address: named as sources, with their date, but not linked
    assertThat(answer.visibleText()).containsPattern("\\[1\\] \\S+\\.txt, (date unknown|\\d{4}-\\d\\d-\\d\\d): ");
    assertThat(telegram.calls("sendchataction")).anySatisfy(call -> {
      assertThat(call.params().path("chat_id").asText()).isEqualTo("42");
      assertThat(call.params().path("action").asText()).isEqualTo("typing");
    });
  }

  @Test
  void startAndHelpExplainTheBotAndTheCommandMenuIsRegistered() throws Exception {
    long chat = 45;
    telegram.userSends(Chat.privateWith(chat), new User(chat, "Dan", "dan"), "/start");

    Sent help = telegram.awaitSent(sent -> sent.chatId().equals("45"), WAIT);

    assertThat(help.visibleText()).contains("I answer questions about the news").contains("/ask QUESTION");
    assertThat(telegram.calls("setmycommands")).hasSize(1);
    List<String> menu = new ArrayList<>();
    telegram.calls("setmycommands").get(0).params().path("commands")
        .forEach(command -> menu.add(command.path("command").asText()));
    assertThat(menu).contains("ask", "help", "sources").doesNotContain("start");
  }

  @Test
  void inAGroupChatterIsIgnoredAndMentionsRepliesAndCommandsAreAnswered() throws Exception {
    Chat group = Chat.group(-100500, "News fans");
    String id = "-100500";
    telegram.userSends(group, BOB, "anyone watching the match tonight?");
    telegram.userSends(group, CAROL, "/help@some_other_bot");
    long mention = telegram.userSends(group, BOB, "@" + FakeTelegramServer.BOT_USERNAME + " "
        + TestCore.CROCUS_QUESTION);

    Sent first = telegram.awaitSentTo(id, 1, WAIT).get(0);

    assertThat(first.replyTo()).isEqualTo((int) mention);
    assertThat(first.visibleText()).contains("Islamic State");

    long reply = telegram.userSends(group, CAROL, "Who warned Russia about the attack?", first);
    telegram.userSends(group, BOB, "thanks, bot");
    long ask = telegram.userSends(group, CAROL, "/ask@" + FakeTelegramServer.BOT_USERNAME + " "
        + TestCore.CROCUS_QUESTION);
    List<Sent> all = telegram.awaitSentTo(id, 3, WAIT);

    assertThat(all.get(1).replyTo()).isEqualTo((int) reply);
    assertThat(all.get(2).replyTo()).isEqualTo((int) ask);
    // each chat's messages are handled in order, so by now the chatter has been looked at too
    assertThat(telegram.sentTo(id)).hasSize(3);
  }

  @Test
  void aLongAnswerIsSplitIntoWellFormedMessagesAtParagraphs() throws Exception {
    long chat = 46;
    telegram.userSends(Chat.privateWith(chat), new User(chat, "Eve", "eve"), "/long");

    telegram.awaitSent(sent -> sent.chatId().equals("46") && sent.visibleText().contains("Sources"), WAIT);
    List<Sent> parts = telegram.sentTo("46");

    assertThat(parts).hasSizeGreaterThan(2);
    String whole = TelegramHtml.parse(HtmlRenderer.render(newsbotLongReply())).text();
    List<String> paragraphs = Arrays.asList(whole.split("\n\n"));
    for (Sent part : parts) {
      assertThat(part.text().length()).isLessThanOrEqualTo(MessageSplitter.TELEGRAM_LIMIT);
      assertThat(part.parseMode()).isEqualToIgnoringCase("HTML");
      // every message holds whole paragraphs of the answer
      assertThat(paragraphs).containsAll(Arrays.asList(part.visibleText().strip().split("\n\n")));
    }
    String joined = parts.stream().map(Sent::visibleText).collect(Collectors.joining());
    assertThat(joined.replaceAll("\\s", "")).isEqualTo(whole.replaceAll("\\s", ""));
    assertThat(parts.get(parts.size() - 1).visibleText()).contains(LONG_END);
  }

  @Test
  void anArticleTitleWithMarkupCharactersArrivesEscaped() throws Exception {
    long chat = 47;
    telegram.userSends(Chat.privateWith(chat), new User(chat, "Finn", "finn"), TestCore.MARKUP_QUESTION);

    Sent answer = telegram.awaitSent(sent -> sent.chatId().equals("47"), WAIT);

    assertThat(answer.text()).contains("Zorblax widget prices &lt;rise&gt; &amp; \"fall\" again")
        .contains("Tom &amp; Jerry's &lt;Daily&gt; Gazette")
        .contains("href=\"https://news.example.com/widgets?id=7&amp;lang=en\"")
        .doesNotContain("<rise>").doesNotContain("<Daily>");
    assertThat(answer.visibleText()).contains(TestCore.MARKUP_TITLE).contains(TestCore.MARKUP_OUTLET)
        .contains("2024-05-02");
    assertThat(answer.links()).extracting(TelegramHtml.Link::href).contains(TestCore.MARKUP_URL);
    assertThat(answer.links()).contains(new TelegramHtml.Link(TestCore.MARKUP_URL, TestCore.MARKUP_TITLE));
  }

  private static Reply newsbotLongReply() {
    return newsbot.chat().handle(new org.newsbot.chat.ChatMessage("46",
        new org.newsbot.chat.Caller("telegram", "46", "Eve", Role.USER), "/long"));
  }
}
