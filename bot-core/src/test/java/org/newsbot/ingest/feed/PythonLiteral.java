package org.newsbot.ingest.feed;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Python literals feedparser's expectations are written in: strings (with u/b/r
 * prefixes and escapes), integers, tuples, None, True and False.
 */
final class PythonLiteral {
  private final String text;
  private int at;

  private PythonLiteral(String text) {
    this.text = text;
  }

  /** The value: a String, a Long, a List of values, a Boolean, or null for None. */
  static Object parse(String literal) {
    PythonLiteral reader = new PythonLiteral(literal.strip());
    Object value = reader.value();
    reader.skipSpace();
    if (reader.at != reader.text.length()) {
      throw new IllegalArgumentException("trailing text in " + literal);
    }
    return value;
  }

  private Object value() {
    skipSpace();
    if (at >= text.length()) {
      throw new IllegalArgumentException("no value");
    }
    char c = text.charAt(at);
    if (c == '(' || c == '[') {
      return sequence(c == '(' ? ')' : ']');
    }
    if (text.startsWith("None", at)) {
      at += 4;
      return null;
    }
    if (text.startsWith("True", at) || text.startsWith("False", at)) {
      boolean value = text.startsWith("True", at);
      at += value ? 4 : 5;
      return value;
    }
    if (c == '-' || Character.isDigit(c)) {
      int start = at++;
      while (at < text.length() && Character.isDigit(text.charAt(at))) {
        at++;
      }
      return Long.parseLong(text.substring(start, at));
    }
    StringBuilder joined = new StringBuilder();
    do {
      joined.append(string());
      skipSpace();
    } while (at < text.length() && isStringStart());
    return joined.toString();
  }

  private boolean isStringStart() {
    int i = at;
    while (i < text.length() && "uUbBrR".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '"');
  }

  private List<Object> sequence(char close) {
    at++;
    List<Object> items = new ArrayList<>();
    while (true) {
      skipSpace();
      if (text.charAt(at) == close) {
        at++;
        return items;
      }
      items.add(value());
      skipSpace();
      if (text.charAt(at) == ',') {
        at++;
      }
    }
  }

  private String string() {
    boolean raw = false;
    while ("uUbBrR".indexOf(text.charAt(at)) >= 0) {
      raw |= Character.toLowerCase(text.charAt(at)) == 'r';
      at++;
    }
    char quote = text.charAt(at);
    if (quote != '\'' && quote != '"') {
      throw new IllegalArgumentException("not a literal at " + at + ": " + text);
    }
    String delimiter = text.startsWith(String.valueOf(quote).repeat(3), at) ? String.valueOf(quote).repeat(3)
        : String.valueOf(quote);
    at += delimiter.length();
    StringBuilder out = new StringBuilder();
    while (!text.startsWith(delimiter, at)) {
      char c = text.charAt(at++);
      if (c != '\\' || raw) {
        out.append(c);
        continue;
      }
      char e = text.charAt(at++);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case '0' -> out.append('\0');
        case 'x' -> out.append(hex(2));
        case 'u' -> out.append(hex(4));
        case 'U' -> {
          out.appendCodePoint(Integer.parseInt(text.substring(at, at + 8), 16));
          at += 8;
        }
        case '\n' -> { }
        default -> out.append(e);
      }
    }
    at += delimiter.length();
    return out.toString();
  }

  private char hex(int digits) {
    char c = (char) Integer.parseInt(text.substring(at, at + digits), 16);
    at += digits;
    return c;
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }
}
