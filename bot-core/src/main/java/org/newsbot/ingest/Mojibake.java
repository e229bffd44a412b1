package org.newsbot.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends text that was UTF-8 read as Windows-1252 somewhere upstream: "Â£10m" is "£10m", "donâ€™t"
 * is "don’t". Only runs that decode as valid UTF-8 are replaced, so genuine accented text stays.
 */
public final class Mojibake {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** A UTF-8 lead byte's character followed by one to three continuation bytes' characters. */
  private static final Pattern RUN = Pattern.compile(
      "[\\u00C2-\\u00F4][\\u00A0-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021\\u02C6\\u2030\\u0160"
          + "\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A"
          + "\\u0153\\u017E\\u0178\\u0081\\u008D\\u008F\\u0090\\u009D]{1,3}");

  private Mojibake() {}

  public static String repair(String text) {
    if (text == null) {
      return null;
    }
    Matcher matcher = RUN.matcher(text);
    if (!matcher.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    do {
      matcher.appendReplacement(out, Matcher.quoteReplacement(decode(matcher.group())));
    } while (matcher.find());
    matcher.appendTail(out);
    return out.toString();
  }

  /** The run as the UTF-8 it was, or the run itself when it is not valid UTF-8. */
  private static String decode(String run) {
    try {
      ByteBuffer bytes = WINDOWS_1252.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(run));
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
    } catch (CharacterCodingException e) {
      return run;
    }
  }
}
