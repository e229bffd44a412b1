package org.newsbot.answer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes off what people put around a question in a chat (question-fillers.txt): "hey @newsbot",
 * "hi bot,", "pls", "can you tell me". What is left is the question itself.
 */
final class QuestionFillers {
  private static final Pattern MENTION = Pattern.compile("(^|\\s)@[\\p{L}\\p{N}_.]+[,:]?(?=\\s|$)");
  private static final List<Pattern> LEADING = KnowledgeFile.lines("question-fillers.txt").stream()
      .map(line -> Pattern.compile("^(?:" + line + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
      .toList();

  private QuestionFillers() {}

  static String strip(String text) {
    String rest = MENTION.matcher(text).replaceAll(" ").strip();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Pattern filler : LEADING) {
        var matcher = filler.matcher(rest);
        if (matcher.lookingAt() && matcher.end() > 0 && matcher.end() < rest.length()) {
          rest = rest.substring(matcher.end()).strip();
          changed = true;
        }
      }
    }
    if (!rest.isEmpty() && Character.isLowerCase(rest.charAt(0)) && !rest.equals(text.strip())) {
      rest = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }
    return rest.isEmpty() ? text.strip() : rest;
  }
}
