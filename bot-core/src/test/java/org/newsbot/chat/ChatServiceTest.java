package org.newsbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbot.answer.Answer;
import org.newsbot.answer.Claim;
import org.newsbot.answer.SourceRef;

/** Commands, roles and questions in the platform-neutral chat. */
class ChatServiceTest {
  private static final Caller USER = new Caller("test", "u1", "Una", Role.USER);
  private static final Caller MODERATOR = new Caller("test", "m1", "Mo", Role.MODERATOR);
  private static final Caller ADMIN = new Caller("test", "a1", "Ada", Role.ADMIN);

  private final List<String> asked = new ArrayList<>();
  private final ChatService chat = new ChatService(question -> {
    asked.add(question);
    return answer(question);
  });

  @Test
  void plainTextIsAQuestion() {
    Reply reply = send(USER, "  Who opened the bridge?  ");

    assertThat(asked).containsExactly("Who opened the bridge?");
    assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
    assertThat(reply.sources()).extracting(SourceRef::ref).containsExactly(1);
    assertThat(reply.blocks().getFirst().spans()).contains(new Reply.Cite(1));
  }

  @Test
  void askTakesTheQuestionAfterTheCommand() {
    send(USER, "/ask Who opened the bridge?");
    send(USER, "/ask@newsbot_bot When did it open?");
    send(USER, "/ASK Why?");

    assertThat(asked).containsExactly("Who opened the bridge?", "When did it open?", "Why?");
  }

  @Test
  void anEmptyAskExplainsHowToAsk() {
    for (String text : List.of("/ask", "/ask   ", "   ")) {
      Reply reply = send(USER, text);

      assertThat(reply.kind()).as(text).isEqualTo(Reply.Kind.ERROR);
      assertThat(plain(reply)).as(text).contains("/ask");
    }
    assertThat(asked).isEmpty();
  }

  @Test
  void anOverLongQuestionIsRefusedWithTheLimit() {
    String question = "Why " + "x".repeat(ChatService.MAX_QUESTION_CHARS) + "?";

    Reply plainText = send(USER, question);
    Reply viaAsk = send(USER, "/ask " + question);

    for (Reply reply : List.of(plainText, viaAsk)) {
      assertThat(reply.kind()).isEqualTo(Reply.Kind.ERROR);
      assertThat(plain(reply)).contains(Integer.toString(ChatService.MAX_QUESTION_CHARS));
    }
    assertThat(asked).isEmpty();

    send(USER, "x".repeat(ChatService.MAX_QUESTION_CHARS));
    assertThat(asked).hasSize(1);
  }

  @Test
  void anUnknownCommandPointsToHelp() {
    Reply reply = send(USER, "/frobnicate now");

    assertThat(reply.kind()).isEqualTo(Reply.Kind.ERROR);
    assertThat(plain(reply)).contains("/frobnicate").contains("/help");
    assertThat(asked).isEmpty();
  }

  @Test
  void helpListsTheCommandsOfTheCallersRole() {
    chat.register(new Command("addsource", "/addsource URL", "add a source", Role.MODERATOR,
        (message, argument) -> Reply.info("added")));
    chat.register(new Command("admins", "/admins", "list the admins", Role.ADMIN,
        (message, argument) -> Reply.info("admins")));

    String forUser = plain(send(USER, "/help"));
    String forModerator = plain(send(MODERATOR, "/help"));
    String forAdmin = plain(send(ADMIN, "/help"));

    assertThat(forUser).contains("/ask QUESTION", "/help").doesNotContain("/addsource", "/admins", "/start");
    assertThat(forModerator).contains("/ask QUESTION", "/help", "/addsource URL - add a source")
        .doesNotContain("/admins");
    assertThat(forAdmin).contains("/ask QUESTION", "/help", "/addsource URL", "/admins - list the admins");
    assertThat(plain(send(USER, "/start"))).isEqualTo(forUser);
    assertThat(chat.commandsFor(Role.USER)).extracting(Command::name).containsExactly("ask", "help");
  }

  @Test
  void aCommandForModeratorsIsRefusedToAUser() {
    List<String> ran = new ArrayList<>();
    chat.register(new Command("addsource", "/addsource URL", "add a source", Role.MODERATOR,
        (message, argument) -> {
          ran.add(argument);
          return Reply.info("added " + argument);
        }));
    chat.register(new Command("admins", "/admins", "list the admins", Role.ADMIN,
        (message, argument) -> Reply.info("admins")));

    Reply refused = send(USER, "/addsource https://example.org/feed");
    Reply refusedToModerator = send(MODERATOR, "/admins");
    Reply allowed = send(MODERATOR, "/addsource https://example.org/feed");

    assertThat(refused.kind()).isEqualTo(Reply.Kind.REFUSAL);
    assertThat(plain(refused)).contains("moderators").contains("/addsource");
    assertThat(refusedToModerator.kind()).isEqualTo(Reply.Kind.REFUSAL);
    assertThat(plain(refusedToModerator)).contains("admins");
    assertThat(allowed.kind()).isEqualTo(Reply.Kind.INFO);
    assertThat(ran).containsExactly("https://example.org/feed");
  }

  @Test
  void aFailingHandlerGivesAnErrorReplyAndTheChatGoesOn() {
    chat.register(new Command("boom", "/boom", "fails", Role.USER, (message, argument) -> {
      throw new IllegalStateException("the database is on fire");
    }));

    Reply failed = send(USER, "/boom");

    assertThat(failed.kind()).isEqualTo(Reply.Kind.ERROR);
    assertThat(plain(failed)).doesNotContain("on fire");
    assertThat(send(USER, "Who opened the bridge?").kind()).isEqualTo(Reply.Kind.ANSWER);
    assertThat(send(USER, "/help").kind()).isEqualTo(Reply.Kind.INFO);
  }

  @Test
  void failingAnswersGiveAnErrorReplyAndTheChatGoesOn() {
    List<String> questions = new ArrayList<>();
    ChatService failing = new ChatService(question -> {
      questions.add(question);
      if (questions.size() == 1) {
        throw new IllegalStateException("index unavailable");
      }
      return answer(question);
    });

    Reply first = failing.handle(new ChatMessage("c1", USER, "Who opened the bridge?"));
    Reply second = failing.handle(new ChatMessage("c1", USER, "Who opened the bridge?"));

    assertThat(first.kind()).isEqualTo(Reply.Kind.ERROR);
    assertThat(second.kind()).isEqualTo(Reply.Kind.ANSWER);
  }

  @Test
  void anUnansweredQuestionSaysSoWithoutSources() {
    ChatService abstaining = new ChatService(question ->
        new Answer(question, false, List.of(), List.of(), List.of(), "The indexed articles don't say."));

    Reply reply = abstaining.handle(new ChatMessage("c1", USER, "What is the capital of Australia?"));

    assertThat(reply.kind()).isEqualTo(Reply.Kind.NO_ANSWER);
    assertThat(reply.sources()).isEmpty();
    assertThat(plain(reply)).isEqualTo("The indexed articles don't say.");
  }

  private Reply send(Caller caller, String text) {
    return chat.handle(new ChatMessage("chat-1", caller, text));
  }

  private static String plain(Reply reply) {
    return PlainTextRenderer.render(reply);
  }

  static Answer answer(String question) {
    SourceRef source = new SourceRef(1, "7", "Example Times", "Bridge reopens", "https://example.org/7",
        LocalDate.of(2024, 5, 2));
    Claim claim = new Claim("The mayor opened the bridge on Thursday.", List.of(1));
    return new Answer(question, true, List.of(claim), List.of(source), List.of(),
        "The mayor opened the bridge on Thursday. [1]\n\nSources:\n" + source.line());
  }
}
