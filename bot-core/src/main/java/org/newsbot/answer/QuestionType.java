package org.newsbot.answer;

import java.util.Locale;
import java.util.regex.Pattern;

/** What kind of answer a question wants; sentences that hold that kind of fact are preferred. */
enum QuestionType {
  COUNT("^(how (many|much)|what (is|was) the (number|total|death toll|toll|amount|cost|price)|number of)\\b"
      + "|\\b(how many|how much|death toll|number of)\\b"),
  DATE("^(when|what (date|day|year|month|time)|on what (date|day)|in what year|which (date|day|year))\\b"),
  PERSON("^(who|whom|whose)\\b|^(which|what) (group|organi[sz]ation|company|party|person|team|militant"
      + "|militants|country|agency|official|officials|man|woman|people|leader|president|minister)\\b"),
  PLACE("^(where|in (which|what) (city|country|town|state|region|place))\\b"
      + "|^(which|what) (city|country|town|state|region|place|venue)\\b"),
  OTHER(null);

  private final Pattern pattern;

  QuestionType(String regex) {
    this.pattern = regex == null ? null : Pattern.compile(regex);
  }

  static QuestionType of(String question) {
    String q = question.toLowerCase(Locale.ROOT).strip();
    for (QuestionType type : values()) {
      if (type.pattern != null && type.pattern.matcher(q).find()) {
        return type;
      }
    }
    return OTHER;
  }
}
