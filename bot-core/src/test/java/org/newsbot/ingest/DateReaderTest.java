package org.newsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateReaderTest {
  private static final Pattern ROW = Pattern.compile(
      "\\(\\s*_parse_date_\\w+,\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*')\\s*,\\s*(\\([^)]*\\)|None)\\s*,?\\s*\\)",
      Pattern.DOTALL);
  /**
   * Rows of feedparser's table that test one of its sub-parsers alone and that another form this
   * reader knows reads: "22013" is no W3C-DTF date, but it is ISO 8601's ordinal day 13 of 2022.
   */
  private static final Map<String, String> OTHER_FORM = Map.of("22013", "2022-01-13T00:00:00Z");

  /** Every date string of feedparser's date tests (../shared/feedparser-dev/test_date_parsers.py). */
  @Test
  void readsEveryDateFeedparsersTestsList() throws Exception {
    String source = Files.readString(Path.of(System.getProperty("newsbot.shared"), "feedparser-dev",
        "test_date_parsers.py"));
    Matcher rows = ROW.matcher(source);
    List<String> wrong = new ArrayList<>();
    int count = 0;
    while (rows.find()) {
      count++;
      String input = unquote(rows.group(1));
      OffsetDateTime read = DateReader.read(input);
      String expected = OTHER_FORM.containsKey(input) ? OTHER_FORM.get(input) : utc(rows.group(2));
      String got = read == null ? null : read.toInstant().toString();
      if (!java.util.Objects.equals(expected, got)) {
        wrong.add(input + ": expected " + expected + ", read " + got);
      }
    }
    assertThat(count).as("rows found in the table").isGreaterThan(60);
    assertThat(wrong).isEmpty();
    assertThat(DateReader.read("Sun, 31 Dec 9999 23:59:59 -9999")).isNull();
    assertThat(DateReader.read(null)).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2023/07/27|2023-07-27T00:00:00Z",
      "2023/7/7 14:05|2023-07-07T14:05:00Z",
      "27.07.2023|2023-07-27T00:00:00Z",
      "27.07.2023 18:30|2023-07-27T18:30:00Z",
      "2023-07-27|2023-07-27T00:00:00Z",
      "2023-07-27T18:30:00+02:00|2023-07-27T16:30:00Z",
      "20230727T183000Z|2023-07-27T18:30:00Z",
      "Thu, 27 Jul 2023 18:30:00 GMT|2023-07-27T18:30:00Z",
      "27 Jul 2023 18:30 +0200|2023-07-27T16:30:00Z",
      "Thu, 27 Jul 23 18:30:00 EST|2023-07-27T23:30:00Z",
      "July 27, 2023|2023-07-27T00:00:00Z",
      "27 juillet 2023|2023-07-27T00:00:00Z",
      "27. März 2023|2023-03-27T00:00:00Z",
  })
  void readsTheFormsFeedsAndExportsUse(String text, String expected) {
    assertThat(DateReader.read(text).toInstant()).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"not a date", "yesterday", "2023-13-45", "32.01.2023", "12", "n/a", "Q3 2023"})
  void garbageIsNoDate(String text) {
    assertThat(DateReader.read(text)).isNull();
  }

  @Test
  void keepsTheDayAsWrittenWithItsOffset() {
    assertThat(DateReader.read("Thu, 27 Jul 2023 23:30:00 -0700").toLocalDate()).hasToString("2023-07-27");
  }

  private static String utc(String tuple) {
    if (tuple.equals("None")) {
      return null;
    }
    String[] parts = tuple.substring(1, tuple.length() - 1).split(",");
    int[] n = new int[6];
    for (int i = 0; i < 6; i++) {
      n[i] = Integer.parseInt(parts[i].strip());
    }
    return ZonedDateTime.of(n[0], n[1], n[2], n[3], n[4], n[5], 0, ZoneOffset.UTC).toInstant().toString();
  }

  private static String unquote(String literal) {
    String body = literal.substring(1, literal.length() - 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && i + 1 < body.length()) {
        char e = body.charAt(++i);
        if (e == 'u') {
          out.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
          i += 4;
        } else {
          out.append(e);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
