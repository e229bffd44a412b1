package org.newsbot.answer;

import java.util.List;
import java.util.stream.Collectors;

/** The plain-text form of an answer: claims with citation marks, then the numbered sources. */
public final class AnswerText {
  private AnswerText() {}

  public static String render(List<Claim> claims, List<SourceRef> sources, List<Conflict> conflicts) {
    return render(List.of(), claims, sources, conflicts);
  }

  public static String render(List<String> notes, List<Claim> claims, List<SourceRef> sources,
      List<Conflict> conflicts) {
    StringBuilder text = new StringBuilder();
    for (String note : notes) {
      text.append(note).append('\n');
    }
    for (Claim claim : claims) {
      text.append(claim.text()).append(' ').append(marks(claim.sources()));
      if (claim.sources().size() > 1) {
        text.append(corroborated(claim.sources().size()));
      }
      text.append('\n');
    }
    for (Conflict conflict : conflicts) {
      text.append(disagreeOn(conflict.about()))
          .append(conflict.values().stream()
              .map(value -> value.value() + " " + marks(value.sources()))
              .collect(Collectors.joining(" vs ")))
          .append('\n');
    }
    text.append("\nSources:\n");
    for (SourceRef source : sources) {
      text.append(source.line()).append('\n');
    }
    return text.toString().strip();
  }

  /** Citation marks: {@code [1][2]}. */
  public static String marks(List<Integer> refs) {
    return refs.stream().map(ref -> "[" + ref + "]").collect(Collectors.joining());
  }

  /** Said after a claim that several sources state. */
  public static String corroborated(int sources) {
    return " (" + sources + " sources report this)";
  }

  /** Opens the line that shows disagreeing values. */
  public static String disagreeOn(String about) {
    return "Sources disagree on " + about + ": ";
  }
}
