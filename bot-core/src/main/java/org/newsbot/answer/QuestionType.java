package org.newsbot.answer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What kind of answer a question wants; sentences that hold that kind of fact are preferred. */
enum QuestionType {
  AGE("^(how old|what age|which age)\\b"),
  COUNT("^(how (many|much)|what (is|was) the (number|total|death toll|toll|amount|cost|price)|number of)\\b"
      + "|\\b(how many|how much|death toll|number of)\\b"),
  DATE("^(when|what (date|day|year|month|time)|which (date|day|year|month))\\b"),
  PERSON("^(who|whom|whose)\\b|^(which|what) (?<kind>ADJ(group|organi[sz]ation|company|party|person|team|militant"
      + "|militants|country|agency|official|officials|man|woman|people|leader|president|minister|player"
      + "|athlete|candidate|firm|club|band|politician|airline))\\b"),
  PLACE("^where\\b|^(which|what) (?<kind>ADJ(city|country|town|state|region|place|venue|district|province|county"
      + "|village|neighbou?rhood|area|island|airport|port|street|hospital|prison|stadium))\\b"),
  OTHER(null);

  /** "Since what year", "at what age", "in which city": the preposition does not change the kind. */
  private static final Pattern LEADING_PREPOSITION = Pattern.compile(
      "^(since|from|in|on|at|by|until|till|to|for|of|during|with|after|before|into|near)\\s+"
          + "(?=(what|which|who|whom|whose|when|where|how)\\b)");

  /** Up to two words before the kind: "which Austrian village", "which militant group". */
  private static final String ADJECTIVES =
      "((?!(did|does|do|was|were|is|are|has|have|had|will|would|can|could)\\b)[\\p{L}-]+ ){0,2}";

  private final Pattern pattern;

  QuestionType(String regex) {
    this.pattern = regex == null ? null : Pattern.compile(regex.replace("ADJ", ADJECTIVES));
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

  private static String plain(String question) {
    return LEADING_PREPOSITION.matcher(question.toLowerCase(Locale.ROOT).strip()).replaceFirst("");
  }
}
