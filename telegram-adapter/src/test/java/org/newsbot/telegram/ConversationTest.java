package org.newsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.message.Message;

class ConversationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Conversation conversation = new Conversation(new BotIdentity(99, "NewsBot"),
      () -> Set.of("ask", "help", "start", "sources"));

  @Test
  void everyTextInAPrivateChatIsForTheBot() throws Exception {
    assertThat(conversation.textFor(message("private", "  what happened?  ", ""))).contains("what happened?");
    assertThat(conversation.textFor(message("private", "/unknown", ""))).contains("/unknown");
  }

  @Test
  void inAGroupPlainChatterIsNot() throws Exception {
    assertThat(conversation.textFor(message("supergroup", "what happened?", ""))).isEmpty();
    assertThat(conversation.textFor(message("group", "mail me at someone@newsbot.org", ""))).isEmpty();
  }

  @Test
  void aMentionIsCutOutOfTheQuestion() throws Exception {
    String entities = ",\"entities\":[{\"type\":\"mention\",\"offset\":4,\"length\":8}]";
    assertThat(conversation.textFor(message("supergroup", "hey @newsbot what happened?", entities)))
        .contains("hey what happened?");
    assertThat(conversation.textFor(message("group", "what happened, @newsbot?", ""))).contains("what happened,?");
    assertThat(conversation.textFor(message("group", "@NewsBot", ""))).contains("/help");
  }

  @Test
  void aTextMentionOfTheBotCounts() throws Exception {
    String entities = ",\"entities\":[{\"type\":\"text_mention\",\"offset\":0,\"length\":4,"
        + "\"user\":{\"id\":99,\"is_bot\":true,\"first_name\":\"News\"}}]";
    assertThat(conversation.textFor(message("group", "News who won?", entities))).contains("who won?");
  }

  @Test
  void commandsCountWhenKnownOrAddressedToThisBot() throws Exception {
    assertThat(conversation.textFor(message("group", "/ask who won?", ""))).contains("/ask who won?");
    assertThat(conversation.textFor(message("group", "/help@newsbot", ""))).contains("/help@newsbot");
    assertThat(conversation.textFor(message("group", "/addsource@NewsBot x", ""))).contains("/addsource@NewsBot x");
    assertThat(conversation.textFor(message("group", "/help@otherbot", ""))).isEmpty();
    assertThat(conversation.textFor(message("group", "/roll 2d6", ""))).isEmpty();
  }

  @Test
  void aReplyToTheBotCountsButAReplyToSomeoneElseDoesNot() throws Exception {
    String toBot = ",\"reply_to_message\":{\"message_id\":1,\"date\":1,\"chat\":{\"id\":-5,\"type\":\"group\"},"
        + "\"from\":{\"id\":99,\"is_bot\":true,\"first_name\":\"News\"},\"text\":\"An answer\"}";
    String toPerson = toBot.replace("\"id\":99,\"is_bot\":true", "\"id\":12,\"is_bot\":false");
    assertThat(conversation.textFor(message("group", "and then?", toBot))).contains("and then?");
    assertThat(conversation.textFor(message("group", "and then?", toPerson))).isEmpty();
  }

  @Test
  void botsChannelsAndEmptyMessagesAreIgnored() throws Exception {
    Message fromBot = JSON.readValue("{\"message_id\":3,\"date\":1,\"chat\":{\"id\":5,\"type\":\"private\"},"
        + "\"from\":{\"id\":6,\"is_bot\":true,\"first_name\":\"Other\"},\"text\":\"hello\"}", Message.class);
    assertThat(conversation.textFor(fromBot)).isEmpty();
    Message anonymousAdmin = JSON.readValue("{\"message_id\":4,\"date\":1,\"chat\":{\"id\":-5,\"type\":\"group\"},"
        + "\"sender_chat\":{\"id\":-5,\"type\":\"group\"},\"from\":{\"id\":1087968824,\"is_bot\":true,"
        + "\"first_name\":\"Group\"},\"text\":\"/ask who won?\"}", Message.class);
    assertThat(conversation.textFor(anonymousAdmin)).contains("/ask who won?");
    assertThat(conversation.textFor(message("channel", "news!", ""))).isEmpty();
    assertThat(conversation.textFor(message("private", "   ", ""))).isEmpty();
  }

  private static Message message(String chatType, String text, String extra) throws Exception {
    long chatId = chatType.equals("private") ? 12 : -5;
    return JSON.readValue("{\"message_id\":2,\"date\":1,\"chat\":{\"id\":" + chatId + ",\"type\":\"" + chatType
        + "\"},\"from\":{\"id\":12,\"is_bot\":false,\"first_name\":\"Ann\"},\"text\":"
        + JSON.writeValueAsString(text) + extra + "}", Message.class);
  }
}
