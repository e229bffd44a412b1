package org.newsbot.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of written dates, for feeds, pages and imports: W3C-DTF and ISO 8601 (with or
 * without time, basic or extended, two-digit years, ordinal days), RFC 822 and its variants
 * (with or without weekday or seconds, two-digit years, named and numeric zones, month and day
 * swapped, asctime), {@code YYYY/MM/DD}, {@code DD.MM.YYYY}, and month and day names in other
 * languages (date-words.tsv). A date without a zone is taken as UTC; one without a time as midnight.
 */
public final class DateReader {
  private static final Map<String, Word> WORDS = words();
  private static final String ZONE = "(Z|[+-]\\d{1,2}(?::?\\d{2})?)";
  private static final Pattern W3C = Pattern.compile(
      "(\\d{4})(?:-(0?\\d{2})(?:-(\\d{2}))?)?(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*" + ZONE + "?)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BASIC = Pattern.compile(
      "(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})?(?:[.,]\\d+)?" + ZONE + "?)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern SHORT_YEAR_DAY = Pattern.compile("(\\d{2})-?(\\d{2})-?(\\d{2})");
  private static final Pattern SHORT_YEAR_MONTH = Pattern.compile("-(\\d{2})-?(\\d{2})");
  private static final Pattern ORDINAL = Pattern.compile("(\\d{2}|\\d{4})-?(\\d{3})");
  private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?");
  private static final Pattern NUMERIC_ZONE = Pattern.compile("(?:gmt|utc|ut)?([+-])(\\d{1,2})(?::?(\\d{2}))?");
  private static final Pattern SLASHED = Pattern.compile("(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})");
  private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})");
  private static final Pattern KOREAN = Pattern.compile("(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일");

  private record Word(String kind, String value) {}

  private DateReader() {}

  /** The date, or null when the text is no date this reader knows or names an impossible one. */
  public static OffsetDateTime read(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip().replaceAll("\\s+", " ");
    try {
      OffsetDateTime date = iso(value);
      return date != null ? date : written(value);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static OffsetDateTime iso(String value) {
    Matcher m = W3C.matcher(value);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(1));
      int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
      return at(LocalDate.of(year, month, day), m.group(4), m.group(5), m.group(6), zone(m.group(7)));
    }
    m = BASIC.matcher(value);
    if (m.matches()) {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      return at(date, m.group(4), m.group(5), m.group(6), zone(m.group(7)));
    }
    m = SHORT_YEAR_DAY.matcher(value);
    if (m.matches()) {
      return midnight(LocalDate.of(century(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }
    m = SHORT_YEAR_MONTH.matcher(value);
    if (m.matches()) {
      return midnight(LocalDate.of(century(m.group(1)), Integer.parseInt(m.group(2)), 1));
    }
    m = ORDINAL.matcher(value);
    if (m.matches()) {
      int year = m.group(1).length() == 2 ? century(m.group(1)) : Integer.parseInt(m.group(1));
      return midnight(LocalDate.ofYearDay(year, Integer.parseInt(m.group(2))));
    }
    return null;
  }

  /** Dates written with words, slashes or dots: split into tokens, each recognised by its form. */
  private static OffsetDateTime written(String value) {
    String text = value.toLowerCase(Locale.ROOT);
    boolean hangul = text.matches(".*[\\uAC00-\\uD7A3].*");
    Matcher korean = KOREAN.matcher(text);
    if (korean.find()) {
      text = korean.replaceFirst(korean.group(1) + "/" + korean.group(2) + "/" + korean.group(3));
    }
    if (hangul && !text.matches(".*\\s[a-z]{2,5}$|.*[+-]\\d{2}:?\\d{2}$")) {
      text = text + " kst"; // Korean dates are written in Korean time
    }
    if (text.matches("\\d{4}-[\\p{L}]+-.*")) {
      // a month name inside an ISO date (Hungarian "2004-július-13T9:15-05:00")
      int first = text.indexOf('-');
      int second = text.indexOf('-', first + 1);
      Word month = word(text.substring(first + 1, second));
      if (month == null || !month.kind().equals("month")) {
        return null;
      }
      String rest = text.substring(second + 1);
      Matcher hm = Pattern.compile("(\\d{1,2})t(\\d{1,2}):(\\d{2})(?::(\\d{2}))?" + ZONE.toLowerCase(Locale.ROOT) + "?")
          .matcher(rest);
      if (!hm.matches()) {
        return null;
      }
      LocalDate date = LocalDate.of(Integer.parseInt(text.substring(0, first)), Integer.parseInt(month.value()),
          Integer.parseInt(hm.group(1)));
      return at(date, hm.group(2), hm.group(3), hm.group(4), zone(hm.group(5)));
    }
    List<String> tokens = new ArrayList<>(List.of(text.replace(",", " ").strip().split(" ")));
    Integer year = null;
    Integer month = null;
    Integer day = null;
    Integer hour = null;
    int minute = 0;
    int second = 0;
    int ampm = -1;
    ZoneOffset zone = null;
    List<Integer> numbers = new ArrayList<>();
    for (String token : tokens) {
      if (token.isEmpty()) {
        continue;
      }
      Matcher m;
      Word word = word(token);
      if (word != null && !word.kind().equals("zone")) {
        switch (word.kind()) {
          case "month" -> {
            if (month != null) {
              return null;
            }
            month = Integer.parseInt(word.value());
          }
          case "ampm" -> ampm = Integer.parseInt(word.value());
          default -> { }
        }
      } else if ((m = TIME.matcher(token)).matches()) {
        if (hour != null) {
          return null;
        }
        hour = Integer.parseInt(m.group(1));
        minute = Integer.parseInt(m.group(2));
        second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      } else if ((m = SLASHED.matcher(token)).matches() || (m = DOTTED.matcher(token)).matches()) {
        if (year != null || month != null) {
          return null;
        }
        boolean slashed = token.indexOf('.') < 0;
        year = slashed ? Integer.parseInt(m.group(1)) : fullYear(m.group(3));
        month = Integer.parseInt(m.group(2));
        day = Integer.parseInt(slashed ? m.group(3) : m.group(1));
      } else if (token.matches("\\d{1,4}\\.?")) {
        String digits = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
        numbers.add(digits.length() >= 3 ? -Integer.parseInt(digits) - 1 : Integer.parseInt(digits));
      } else if (hour != null && (zone = zone(token)) != null) {
        // a zone after the time
      } else {
        return null;
      }
    }
    // numbers: day and year in either order; years of three or four digits are stored as -(n+1)
    for (int n : numbers) {
      if (n < 0) {
        if (year != null) {
          return null;
        }
        year = -n - 1;
      } else if (day == null && n >= 1 && n <= 31 && (month != null || numbers.size() > 1)) {
        day = n;
      } else if (year == null) {
        year = n < 90 ? 2000 + n : 1900 + n;
      } else {
        return null;
      }
    }
    if (year == null || month == null || day == null) {
      return null;
    }
    LocalDate date = LocalDate.of(year, month, day);
    if (hour == null) {
      return midnight(date).withOffsetSameLocal(zone == null ? ZoneOffset.UTC : zone);
    }
    int h = hour;
    if (ampm >= 0) {
      h = hour % 12 + ampm;
    }
    LocalDateTime local = date.atTime(h, minute, second);
    return OffsetDateTime.of(local, zone == null ? ZoneOffset.UTC : zone);
  }

  private static Word word(String token) {
    String key = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
    Word word = WORDS.get(key);
    if (word == null && key.length() > 3 && key.matches("[a-z]+")) {
      Word prefix = WORDS.get(key.substring(0, 3));
      if (prefix != null && !prefix.kind().equals("zone")) {
        word = prefix;
      }
    }
    return word;
  }

  private static ZoneOffset zone(String token) {
    if (token == null || token.isEmpty()) {
      return null;
    }
    String lower = token.toLowerCase(Locale.ROOT);
    if (lower.startsWith("etc/")) {
      lower = lower.substring(4);
    }
    Matcher m = NUMERIC_ZONE.matcher(lower);
    if (m.matches()) {
      int hours = Integer.parseInt(m.group(2));
      int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      if (m.group(2).length() > 2 || minutes > 59) {
        throw new DateTimeException("no such offset");
      }
      return m.group(1).equals("-") ? ZoneOffset.ofHoursMinutes(-hours, -minutes) : ZoneOffset.ofHoursMinutes(hours, minutes);
    }
    if (lower.matches("[+-]\\d{4}")) {
      throw new DateTimeException("no such offset");
    }
    Word word = WORDS.get(lower);
    if (word != null && word.kind().equals("zone")) {
      String offset = word.value();
      return offset.contains(":") ? ZoneOffset.of(offset) : ZoneOffset.ofHours(Integer.parseInt(offset));
    }
    // an unknown zone name: the time is read as UTC, as other feed readers do
    return lower.matches("[a-z]{1,5}") ? ZoneOffset.UTC : null;
  }

  private static OffsetDateTime at(LocalDate date, String hour, String minute, String second, ZoneOffset zone) {
    ZoneOffset offset = zone == null ? ZoneOffset.UTC : zone;
    if (hour == null) {
      return OffsetDateTime.of(date.atStartOfDay(), offset);
    }
    LocalDateTime time = date.atTime(Integer.parseInt(hour), Integer.parseInt(minute),
        second == null ? 0 : Integer.parseInt(second));
    return OffsetDateTime.of(time, offset);
  }

  private static OffsetDateTime midnight(LocalDate date) {
    return OffsetDateTime.of(date.atStartOfDay(), ZoneOffset.UTC);
  }

  /** A two-digit year in the current century, as ISO 8601's reduced forms mean it. */
  private static int century(String twoDigits) {
    return Year.now(ZoneOffset.UTC).getValue() / 100 * 100 + Integer.parseInt(twoDigits);
  }

  /** A two-digit year as RFC 822 writers mean it: 90-99 in the 1900s, the rest in the 2000s. */
  private static int fullYear(String digits) {
    int year = Integer.parseInt(digits);
    return digits.length() > 2 ? year : year < 90 ? 2000 + year : 1900 + year;
  }

  private static Map<String, Word> words() {
    Map<String, Word> words = new HashMap<>();
    try (InputStream in = DateReader.class.getResourceAsStream("date-words.tsv")) {
      if (in == null) {
        throw new IllegalStateException("the resource date-words.tsv is missing");
      }
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t", -1))
          .forEach(row -> words.put(row[0].toLowerCase(Locale.ROOT), new Word(row[1], row.length > 2 ? row[2] : "")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
