package org.newsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
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

/**
 * Moderator commands on Telegram: a group's administrators (from getChatAdministrators) and the
 * configured admins may use them; anyone else is refused. /addsource here is a stand-in with the
 * real command's name and role, registered the way the core registers its commands.
 */
class TelegramRolesTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final long GROUP = -100700;
  private static final User OWNER = new User(7001, "Olga", "olga");
  private static final User GROUP_ADMIN = new User(7002, "Pavel", "pavel");
  private static final User MEMBER = new User(7003, "Quinn", "quinn");
  private static final User CONFIGURED_ADMIN = new User(9001, "Rita", "rita");

  @TempDir
  static Path dir;
  static Newsbot newsbot;
  static FakeTelegramServer telegram;
  static TelegramBot bot;

  @BeforeAll
  static void start() throws Exception {
    newsbot = TestCore.open(dir);
    newsbot.chat().register(new Command("addsource", "/addsource URL", "add a news source", Role.MODERATOR,
        (message, url) -> Reply.info("Added " + url + " for " + message.caller().displayName() + " ("
            + message.caller().role() + ")")));
    telegram = new FakeTelegramServer();
    telegram.setAdministrators(GROUP, OWNER.id(), GROUP_ADMIN.id());
    bot = TelegramBot.start(TestCore.polling(telegram).withAdmins(Set.of(CONFIGURED_ADMIN.id())), newsbot.chat());
  }

  @AfterAll
  static void stop() {
    TestCore.close(bot, telegram, newsbot);
  }

  @Test
  void aMembersAddsourceIsRefusedAndAGroupAdministratorsAccepted() throws Exception {
    Chat group = Chat.group(GROUP, "Editors");
    long refused = telegram.userSends(group, MEMBER, "/addsource https://example.org/feed.xml");
    long accepted = telegram.userSends(group, GROUP_ADMIN, "/addsource@" + FakeTelegramServer.BOT_USERNAME
        + " https://example.org/feed.xml");

    List<Sent> replies = telegram.awaitSentTo(String.valueOf(GROUP), 2, WAIT);

    assertThat(replies.get(0).replyTo()).isEqualTo((int) refused);
    assertThat(replies.get(0).visibleText()).isEqualTo("Only moderators can use /addsource.");
    assertThat(replies.get(1).replyTo()).isEqualTo((int) accepted);
    assertThat(replies.get(1).visibleText()).isEqualTo("Added https://example.org/feed.xml for Pavel (MODERATOR)");
    // the administrator list was fetched once and reused for the second message
    assertThat(telegram.calls("getchatadministrators")).hasSize(1);
  }

  @Test
  void anAdministratorPostingAnonymouslyAsTheGroupIsAModerator() throws Exception {
    Chat group = Chat.group(-100701, "Anonymous editors");
    long message = telegram.adminSendsAnonymously(group, "/addsource https://example.org/anon.xml");

    Sent reply = telegram.awaitSent(sent -> sent.chatId().equals("-100701"), WAIT);

    assertThat(reply.replyTo()).isEqualTo((int) message);
    assertThat(reply.visibleText()).isEqualTo("Added https://example.org/anon.xml for Group (MODERATOR)");
  }

  @Test
  void aConfiguredAdminIsAdminEvenInAPrivateChatWhereOthersAreRefused() throws Exception {
    telegram.userSends(Chat.privateWith(CONFIGURED_ADMIN.id()), CONFIGURED_ADMIN, "/addsource https://example.org/a");
    telegram.userSends(Chat.privateWith(MEMBER.id()), MEMBER, "/addsource https://example.org/b");

    Sent admin = telegram.awaitSent(sent -> sent.chatId().equals("9001"), WAIT);
    Sent member = telegram.awaitSent(sent -> sent.chatId().equals("7003"), WAIT);

    assertThat(admin.visibleText()).isEqualTo("Added https://example.org/a for Rita (ADMIN)");
    assertThat(member.visibleText()).isEqualTo("Only moderators can use /addsource.");
    assertThat(telegram.calls("getchatadministrators"))
        .noneMatch(call -> call.params().path("chat_id").asLong() > 0);
  }
}
