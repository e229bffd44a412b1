package org.newsbot.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Telegram HTML into messages of at most {@code limit} characters. It breaks at a paragraph
 * if it can, else at a line, a sentence end or a space, and only as a last resort inside a word;
 * never inside a tag, an entity or a surrogate pair. Tags open at a break are closed at the end of
 * one message and opened again at the start of the next, so every message is well-formed.
 * Lengths are counted on the HTML, which is never shorter than the text Telegram counts.
 */
final class MessageSplitter {
  /** Telegram's limit on a message's text. */
  static final int TELEGRAM_LIMIT = 4096;

  private final int limit;

  MessageSplitter(int limit) {
    if (limit < 64) {
      throw new IllegalArgumentException("a message limit under 64 characters leaves no room for tags");
    }
    this.limit = limit;
  }

  MessageSplitter() {
    this(TELEGRAM_LIMIT);
  }

  List<String> split(String html) {
    List<Atom> atoms = Atom.parse(html);
    List<String> messages = new ArrayList<>();
    List<Atom> carried = List.of();
    int i = 0;
    int n = atoms.size();
    while (true) {
      while (i < n && atoms.get(i).isSpace(html)) {
        i++;
      }
      if (i >= n) {
        break;
      }
      List<Atom> stack = new ArrayList<>(carried);
      int used = length(carried);
      List<int[]> breaks = new ArrayList<>(); // {boundary, quality, characters used}
      int j = i;
      while (j < n) {
        Atom atom = atoms.get(j);
        List<Atom> next = atom.applyTo(stack);
        int size = used + atom.length();
        if (size + closersLength(next) > limit) {
          break;
        }
        stack = next;
        used = size;
        j++;
        int quality = quality(atoms, j, html);
        if (quality > 0) {
          breaks.add(new int[] {j, quality, used});
        }
      }
      if (j >= n) {
        emit(html, atoms, carried, i, n, messages);
        break;
      }
      int b = choose(breaks);
      if (b < 0) {
        b = j;
      }
      while (b > i + 1 && atoms.get(b - 1).kind() == Kind.OPEN) {
        b--; // do not end a message with a tag that has nothing in it yet
      }
      while (b < j && atoms.get(b).kind() == Kind.CLOSE) {
        b++; // closing tags were already paid for; keep them here rather than empty in the next
      }
      if (b <= i) {
        b = i + 1; // one atom longer than the limit: send it alone and let the platform judge
      }
      emit(html, atoms, carried, i, b, messages);
      carried = replay(carried, atoms, i, b);
      i = b;
    }
    return messages;
  }

  /** The best break: a strong one in the second half of the message, else the strongest anywhere. */
  private int choose(List<int[]> breaks) {
    for (int quality = 4; quality >= 1; quality--) {
      for (int k = breaks.size() - 1; k >= 0; k--) {
        int[] candidate = breaks.get(k);
        if (candidate[1] == quality && candidate[2] >= limit / 2) {
          return candidate[0];
        }
      }
    }
    for (int quality = 4; quality >= 1; quality--) {
      for (int k = breaks.size() - 1; k >= 0; k--) {
        if (breaks.get(k)[1] == quality) {
          return breaks.get(k)[0];
        }
      }
    }
    return -1;
  }

  /** How good a break after {@code atoms[boundary - 1]} is: 4 paragraph, 3 line, 2 sentence, 1 space. */
  private static int quality(List<Atom> atoms, int boundary, String html) {
    Atom last = atoms.get(boundary - 1);
    if (last.kind() != Kind.CHAR) {
      return 0;
    }
    char c = html.charAt(last.start());
    if (c == '\n') {
      boolean paragraph = boundary >= 2 && atoms.get(boundary - 2).kind() == Kind.CHAR
          && html.charAt(atoms.get(boundary - 2).start()) == '\n';
      return paragraph ? 4 : 3;
    }
    if (!Character.isWhitespace(c)) {
      return 0;
    }
    for (int k = boundary - 2; k >= 0; k--) {
      Atom before = atoms.get(k);
      if (before.kind() == Kind.CLOSE) {
        continue;
      }
      if (before.kind() != Kind.CHAR) {
        return 1;
      }
      char p = html.charAt(before.start());
      if (".!?…".indexOf(p) >= 0) {
        return 2;
      }
      if ("\"')]»”’".indexOf(p) < 0) {
        return 1;
      }
    }
    return 1;
  }

  private void emit(String html, List<Atom> atoms, List<Atom> carried, int from, int to, List<String> out) {
    int end = to;
    while (end > from && atoms.get(end - 1).isSpace(html)) {
      end--;
    }
    boolean visible = false;
    for (int k = from; k < end && !visible; k++) {
      Atom atom = atoms.get(k);
      visible = atom.kind() == Kind.ENTITY || atom.kind() == Kind.CHAR && !atom.isSpace(html);
    }
    if (!visible) {
      return;
    }
    StringBuilder message = new StringBuilder();
    carried.forEach(open -> message.append(html, open.start(), open.end()));
    message.append(html, atoms.get(from).start(), atoms.get(end - 1).end());
    List<Atom> open = replay(carried, atoms, from, end);
    for (int k = open.size() - 1; k >= 0; k--) {
      message.append("</").append(open.get(k).tag()).append('>');
    }
    out.add(message.toString());
  }

  private static List<Atom> replay(List<Atom> carried, List<Atom> atoms, int from, int to) {
    List<Atom> stack = new ArrayList<>(carried);
    for (int k = from; k < to; k++) {
      stack = atoms.get(k).applyTo(stack);
    }
    return stack;
  }

  private static int length(List<Atom> opens) {
    return opens.stream().mapToInt(Atom::length).sum();
  }

  private static int closersLength(List<Atom> opens) {
    return opens.stream().mapToInt(open -> open.tag().length() + 3).sum();
  }

  enum Kind { CHAR, ENTITY, OPEN, CLOSE }

  /** The smallest piece that is never cut: a character (code point), an entity, or a tag. */
  record Atom(int start, int end, Kind kind, String tag) {
    int length() {
      return end - start;
    }

    boolean isSpace(String html) {
      return kind == Kind.CHAR && Character.isWhitespace(html.charAt(start));
    }

    /** The stack of open tags after this atom; the same list when it opens or closes nothing. */
    List<Atom> applyTo(List<Atom> stack) {
      if (kind == Kind.OPEN) {
        List<Atom> next = new ArrayList<>(stack);
        next.add(this);
        return next;
      }
      if (kind == Kind.CLOSE) {
        for (int k = stack.size() - 1; k >= 0; k--) {
          if (stack.get(k).tag().equals(tag)) {
            return new ArrayList<>(stack.subList(0, k));
          }
        }
      }
      return stack;
    }

    static List<Atom> parse(String html) {
      List<Atom> atoms = new ArrayList<>();
      int i = 0;
      while (i < html.length()) {
        char c = html.charAt(i);
        if (c == '<') {
          int close = html.indexOf('>', i);
          if (close > i) {
            boolean closing = i + 1 < close && html.charAt(i + 1) == '/';
            String inner = html.substring(i + (closing ? 2 : 1), close).strip();
            String name = inner.split("[\\s/]", 2)[0].toLowerCase(java.util.Locale.ROOT);
            atoms.add(new Atom(i, close + 1, closing ? Kind.CLOSE : Kind.OPEN, name));
            i = close + 1;
            continue;
          }
        } else if (c == '&') {
          int semicolon = html.indexOf(';', i);
          if (semicolon > i + 1 && semicolon - i <= 10
              && html.substring(i + 1, semicolon).matches("#?[A-Za-z0-9]+")) {
            atoms.add(new Atom(i, semicolon + 1, Kind.ENTITY, null));
            i = semicolon + 1;
            continue;
          }
        }
        int next = i + Character.charCount(html.codePointAt(i));
        atoms.add(new Atom(i, next, Kind.CHAR, null));
        i = next;
      }
      return atoms;
    }
  }
}
