package org.newsbot.answer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.DateTimeException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication dates a question asks about ("today", "this week", "since March 5, 2024",
 * "in March 2024") and whether it wants the newest reports first ("latest"). {@code remainder} is
 * the question without those words.
 */
record TimeFrame(LocalDate from, LocalDate to, boolean latestFirst, String remainder) {
  private static final String MONTHS =
      "(january|february|march|april|may|june|july|august|september|october|november|december)";
  private static final Pattern LATEST = Pattern.compile("(?i)\\b(the )?(latest|most recent|newest)\\b");
  private static final Pattern RELATIVE = Pattern.compile(
      "(?i)\\b(today|yesterday|this week|last week|this month|last month|this year|last year)\\b");
  private static final Pattern SINCE = Pattern.compile("(?i)\\b(since|after)\\s+(\\d{4}-\\d\\d-\\d\\d|"
      + MONTHS + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+" + MONTHS + "\\s+\\d{4}|" + MONTHS + "\\s+\\d{4})\\b");
  private static final Pattern IN_MONTH = Pattern.compile("(?i)\\b(in|during)\\s+" + MONTHS + "\\s+(\\d{4})\\b");

  static TimeFrame parse(String question, LocalDate today) {
    String rest = question;
    boolean latest = false;
    Matcher m = LATEST.matcher(rest);
    if (m.find()) {
      latest = true;
      rest = m.replaceAll(" ");
    }
    m = RELATIVE.matcher(rest);
    if (m.find()) {
      LocalDate[] range = relative(m.group(1).toLowerCase(Locale.ROOT), today);
      return new TimeFrame(range[0], range[1], latest, m.replaceAll(" "));
    }
    m = SINCE.matcher(rest);
    if (m.find()) {
      LocalDate from = date(m.group(2));
      if (from != null) {
        return new TimeFrame(from, null, latest, m.replaceAll(" "));
      }
    }
    m = IN_MONTH.matcher(rest);
    if (m.find()) {
      YearMonth month = YearMonth.of(Integer.parseInt(m.group(3)), month(m.group(2)));
      return new TimeFrame(month.atDay(1), month.atEndOfMonth(), latest, m.replaceAll(" "));
    }
    return new TimeFrame(null, null, latest, rest);
  }

  boolean filters() {
    return from != null || to != null;
  }

  boolean contains(LocalDate date) {
    if (!filters()) {
      return true;
    }
    return date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  String describe() {
    if (from != null && to != null) {
      return from.equals(to) ? "on " + from : "from " + from + " to " + to;
    }
    return from != null ? "since " + from : "until " + to;
  }

  private static LocalDate[] relative(String phrase, LocalDate today) {
    return switch (phrase) {
      case "today" -> new LocalDate[] {today, today};
      case "yesterday" -> new LocalDate[] {today.minusDays(1), today.minusDays(1)};
      case "this week" -> new LocalDate[] {today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today};
      case "last week" -> {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        yield new LocalDate[] {monday, monday.plusDays(6)};
      }
      case "this month" -> new LocalDate[] {today.withDayOfMonth(1), today};
      case "last month" -> {
        YearMonth last = YearMonth.from(today).minusMonths(1);
        yield new LocalDate[] {last.atDay(1), last.atEndOfMonth()};
      }
      case "this year" -> new LocalDate[] {today.withDayOfYear(1), today};
      default -> new LocalDate[] {today.minusYears(1).withDayOfYear(1), today.withDayOfYear(1).minusDays(1)};
    };
  }

  private static LocalDate date(String text) {
    String t = text.toLowerCase(Locale.ROOT).replace(",", " ").replaceAll("\\s+", " ").strip();
    try {
      if (t.matches("\\d{4}-\\d\\d-\\d\\d")) {
        return LocalDate.parse(t);
      }
      String[] parts = t.split(" ");
      if (parts.length == 2) {
        return YearMonth.of(Integer.parseInt(parts[1]), month(parts[0])).atDay(1);
      }
      if (Character.isDigit(parts[0].charAt(0))) {
        return LocalDate.of(Integer.parseInt(parts[2]), month(parts[1]), Integer.parseInt(parts[0]));
      }
      return LocalDate.of(Integer.parseInt(parts[2]), month(parts[0]), Integer.parseInt(parts[1]));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static Month month(String name) {
    return Month.valueOf(name.toUpperCase(Locale.ROOT));
  }
}
