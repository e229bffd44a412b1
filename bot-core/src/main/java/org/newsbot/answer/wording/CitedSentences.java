package org.newsbot.answer.wording;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbot.answer.Claim;
import org.newsbot.index.Sentences;

/**
 * Reads the model's reply as sentences that each end with citation marks: {@code ... killed. [1][2]}
 * or {@code ... killed [1][2].} ({@code [1, 2]} is read too). A sentence without marks, or marks in
 * the middle of a sentence, rejects the whole reply.
 */
final class CitedSentences {
  /** A run of marks and the sentence-ending punctuation that may follow it. */
  private static final Pattern MARKS =
      Pattern.compile("((?:\\s*\\[\\s*\\d{1,4}(?:\\s*,\\s*\\d{1,4})*\\s*\\])+)([.!?]*)");
  private static final Pattern REF = Pattern.compile("\\d+");
  private static final Pattern THINKING = Pattern.compile("(?s)<think>.*?</think>");
  private static final Pattern BULLET = Pattern.compile("(?m)^\\s*(?:[-*\\u2022]|\\d+[.)])\\s+");
  private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?][\"'\\u201d\\u2019)]*$");
  private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");

  private CitedSentences() {}

  static List<Claim> parse(String reply) throws RejectedWording {
    String text = THINKING.matcher(reply).replaceAll("");
    text = BULLET.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
    List<Claim> sentences = new ArrayList<>();
    Matcher marks = MARKS.matcher(text);
    int cursor = 0;
    while (marks.find()) {
      String sentence = text.substring(cursor, marks.start()).strip();
      String closing = marks.group(2);
      if (!HAS_WORD.matcher(sentence).find()) {
        throw new RejectedWording("citation marks stand where no sentence precedes them");
      }
      if (closing.isEmpty() && !ENDS_SENTENCE.matcher(sentence).find()) {
        throw new RejectedWording("citation marks stand inside a sentence: '" + excerpt(sentence) + "'");
      }
      List<String> parts = Sentences.split(sentence);
      if (parts.size() > 1) {
        throw new RejectedWording("a sentence carries no citation: '" + excerpt(parts.get(0)) + "'");
      }
      sentences.add(new Claim(sentence + closing, refs(marks.group(1))));
      cursor = marks.end();
    }
    String rest = text.substring(cursor).strip();
    if (HAS_WORD.matcher(rest).find()) {
      throw new RejectedWording("a sentence carries no citation: '" + excerpt(rest) + "'");
    }
    if (sentences.isEmpty()) {
      throw new RejectedWording("the reply has no cited sentence");
    }
    return sentences;
  }

  private static List<Integer> refs(String marks) {
    Set<Integer> refs = new LinkedHashSet<>();
    Matcher ref = REF.matcher(marks);
    while (ref.find()) {
      refs.add(Integer.parseInt(ref.group()));
    }
    return List.copyOf(refs);
  }

  /** The start of a sentence, enough to recognise it in a log line. */
  static String excerpt(String sentence) {
    return sentence.length() <= 80 ? sentence : sentence.substring(0, 77) + "...";
  }
}
