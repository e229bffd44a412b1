package org.newsbot.ingest;

/** Derives a headline when a source gives none: the first sentence of the lead, kept short. */
final class Titles {
  private static final int MAX = 160;

  private Titles() {}

  static String fromLead(String lead) {
    String text = lead.strip();
    int end = firstSentenceEnd(text);
    String sentence = end > 0 ? text.substring(0, end) : text;
    if (sentence.length() <= MAX) {
      return sentence;
    }
    int cut = sentence.lastIndexOf(' ', MAX - 1);
    return sentence.substring(0, cut > 40 ? cut : MAX - 1).strip() + "…";
  }

  private static int firstSentenceEnd(String text) {
    for (int i = 0; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1)) && i > 20) {
        return c == '.' ? i : i + 1;
      }
    }
    return -1;
  }
}
