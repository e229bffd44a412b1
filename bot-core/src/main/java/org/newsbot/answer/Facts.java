package org.newsbot.answer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the kinds of fact a sentence states: counts, dates, names, places. */
final class Facts {
  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
  private static final Pattern DATE = Pattern.compile(
      "\\b" + MONTH + " \\d{1,2}\\b|\\b\\d{1,2} " + MONTH + "\\b|\\b(in|since|until|by) " + MONTH
          + "\\b|\\b(1[89]|20)\\d\\d\\b|\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
          + "|yesterday|today|tonight|last (week|month|year)|this (week|month|year))\\b"
          + "|\\b\\d{4}-\\d\\d-\\d\\d\\b");
  private static final Pattern COUNT = Pattern.compile(
      "(?i)\\b\\d[\\d,.]*\\b(?!\\s*(January|February|March|April|May|June|July|August|September"
          + "|October|November|December))|\\b(two|three|four|five|six|seven|eight|nine|ten|eleven"
          + "|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|hundreds|thousand|thousands"
          + "|million|millions|billion|dozen|dozens|several)\\b");
  /** "aged 78", "78 years old", "at the age of 78", "He was 101 and ...", "Smith, 64,". */
  private static final Pattern AGE = Pattern.compile(
      "(?i)\\b(aged|age of|at age|ages of)\\s+(\\d{1,3}|[a-z]+(teen|ty)(-[a-z]+)?)\\b"
          + "|\\b\\d{1,3}[- ](years?|months?)[- ]old\\b|\\b(was|were|is|are) \\d{1,3}\\b(?! ?(%|percent|per cent"
          + "|people|of|times|kilo|km|mil|met|minutes|hours|days|years|months|seconds))"
          + "|\\b(died|dies|dead|death) at \\d{1,3}\\b|(?-i:\\b\\p{Lu}\\p{L}+, \\d{1,3},)");
  /** A rank: "fifth", "2nd", "last". */
  static final Pattern ORDINAL = Pattern.compile("(?i)\\b(first|second|third|fourth|fifth|sixth|seventh"
      + "|eighth|ninth|tenth|eleventh|twelfth|last|\\d+(st|nd|rd|th))\\b");
  /** A sentence that gives a cause: "caused by", "because", "due to", "blamed on", "after". */
  private static final Pattern CAUSE = Pattern.compile("(?i)\\b(caused by|because|due to|blam(e|es|ed|ing)"
      + "|resulted from|attributed to|triggered by|sparked by|led to|the cause|owing to"
      + "|after|following|amid)\\b"); // news tells causes as sequence: "prices rose after the factory closed"
  private static final Pattern YEAR_ONLY = Pattern.compile("\\b(1[89]|20)\\d\\d\\b");
  /** A capitalised word that does not start the sentence: a name, an organisation or a place. */
  private static final Pattern NAME = Pattern.compile("(?<=[\\p{L},;:()\"“] )\\p{Lu}[\\p{L}'-]+");
  private static final Pattern PLACE =
      Pattern.compile("\\b(in|at|near|outside|from|to|of) (the )?(\\p{Lu}[\\p{L}'-]+)");

  private Facts() {}

  /** Whether the sentence states the kind of fact asked for, beyond what the question names. */
  static boolean fits(QuestionType type, String sentence, Set<String> questionWords) {
    return switch (type) {
      case AGE -> AGE.matcher(sentence).find();
      case COUNT -> hasCount(sentence);
      case DATE -> DATE.matcher(sentence).find();
      case PERSON -> namesNew(NAME.matcher(sentence), 0, questionWords);
      case PLACE -> placesNew(sentence, questionWords);
      case CAUSE -> CAUSE.matcher(sentence).find();
      case OTHER -> true;
    };
  }

  /** A name the question does not already contain: the answer to "who" is not the asker's words. */
  private static boolean namesNew(Matcher matcher, int group, Set<String> questionWords) {
    while (matcher.find()) {
      String name = matcher.group(group).toLowerCase(Locale.ROOT);
      if (!questionWords.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** A count or a rank ("fifth", "2nd"): what "what price" or "what position" wants. */
  static boolean hasFigure(String sentence, Set<String> questionWords) {
    // the 400 of "the 400 metres final" is the question's, not an answer
    return countBeyond(sentence, questionWords) || ORDINAL.matcher(sentence).find();
  }

  /**
   * A place the question does not name, after a preposition that fits it: "in which city" is
   * answered by "in Vienna", not by "from Kenya", unless the question asks where from or to.
   */
  private static boolean placesNew(String sentence, Set<String> questionWords) {
    Matcher matcher = PLACE.matcher(sentence);
    while (matcher.find()) {
      String preposition = matcher.group(1);
      boolean direction = preposition.equals("from") || preposition.equals("to");
      if ((!direction || questionWords.contains(preposition))
          && !questionWords.contains(matcher.group(3).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** A number that is not only a year or a day of the month. */
  static boolean hasCount(String sentence) {
    return countBeyond(sentence, Set.of());
  }

  /** A count that is not only a year, nor one of {@code questionWords}. */
  private static boolean countBeyond(String sentence, Set<String> questionWords) {
    var matcher = COUNT.matcher(sentence);
    while (matcher.find()) {
      String found = matcher.group().toLowerCase(Locale.ROOT);
      if (!YEAR_ONLY.matcher(found).matches() && !questionWords.contains(found)) {
        return true;
      }
    }
    return false;
  }
}
