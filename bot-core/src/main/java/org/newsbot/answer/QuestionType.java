package org.newsbot.answer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What kind of answer a question wants; sentences that hold that kind of fact are preferred. */
enum QuestionType {
  AGE("^(how old|what age|which age)\\b"),
  COUNT("^(how (many|much)|what (is|was) the (number|total|death toll|toll|amount|cost|price)|number of)\\b"
      + "|\\b(how many|how much|death toll|(the|a|total) number of)\\b"),
  DATE("^(when|(what|which) (dates?|days?|years?|months?)|what time)\\b"),
  PERSON("^(who|whom|whose)\\b|^(which|what) (?<kind>ADJ(group|organi[sz]ation|company|party|person|team|militant"
      + "|militants|country|agency|official|officials|man|woman|people|leader|president|minister|player"
      + "|athlete|candidate|firm|club|band|politician|airline))AFTER"),
  PLACE("^where\\b|^(which|what) (?<kind>ADJ(city|country|town|state|region|place|venue|district|province|county"
      + "|village|neighbou?rhood|area|island|airport|port|street|hospital|prison|stadium))AFTER"),
  CAUSE("^(why|what (caused|causes|led to|triggered|sparked|prompted)|how did .* (happen|start))\\b"),
  OTHER(null);

  /** "Since what year", "at what age", "in which city": the preposition does not change the kind. */
  private static final Pattern LEADING_PREPOSITION = Pattern.compile(
      "^(since|from|in|on|at|by|until|till|to|for|of|during|with|after|before|into|near)\\s+"
          + "(?=(what|which|who|whom|whose|when|where|how)\\b)");

  /** Up to two words before the kind: "which Austrian village", "which militant group". */
  private static final String ADJECTIVES =
      "((?!(did|does|do|was|were|is|are|has|have|had|will|would|can|could)\\b)[\\p{L}-]+ ){0,2}";

  /**
   * The kind is not the first of two nouns: in "What prison sentence did ..." the word before the
   * auxiliary is the kind asked for, a sentence, not a prison.
   */
  private static final String AFTER_KIND = "\\b(?!\\s+[\\p{L}-]+\\s+(did|does|do|was|were|is|are|has|have|had|will"
      + "|would|can|could)\\b)";

  private final Pattern pattern;

  QuestionType(String regex) {
    this.pattern = regex == null ? null
        : Pattern.compile(regex.replace("ADJ", ADJECTIVES).replace("AFTER", AFTER_KIND));
  }

  static QuestionType of(String question) {
    String q = plain(question);
    for (QuestionType type : values()) {
      if (type.pattern != null && type.pattern.matcher(q).find()) {
        return type;
      }
    }
    return OTHER;
  }

  /** The words naming the kind of person or place asked for: "american firm" in "Which American firm ...". */
  static String kind(String question) {
    String q = plain(question);
    for (QuestionType type : List.of(PERSON, PLACE)) {
      Matcher matcher = type.pattern.matcher(q);
      if (matcher.find() && matcher.group("kind") != null) {
        return matcher.group("kind");
      }
    }
    return "";
  }

  /**
   * What a who or where question says of its answer: "was arrested after the stabbing" in "Who was
   * arrested after the stabbing?". Empty for other kinds.
   */
  static String predicate(String question) {
    String original = question.strip();
    String lower = original.toLowerCase(Locale.ROOT);
    if (lower.length() != original.length()) {
      original = lower; // a letter whose lower case is longer: offsets differ, keep the lower case
    }
    Matcher preposition = LEADING_PREPOSITION.matcher(lower);
    int start = preposition.lookingAt() ? preposition.end() : 0;
    for (QuestionType type : List.of(PERSON, PLACE)) {
      Matcher matcher = type.pattern.matcher(lower).region(start, lower.length());
      if (matcher.lookingAt()) {
        return original.substring(matcher.end()).strip();
      }
    }
    return "";
  }

  private static String plain(String question) {
    return LEADING_PREPOSITION.matcher(question.toLowerCase(Locale.ROOT).strip()).replaceFirst("");
  }
}
