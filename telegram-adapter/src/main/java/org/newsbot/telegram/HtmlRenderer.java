package org.newsbot.telegram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsbot.answer.SourceRef;
import org.newsbot.chat.Reply;

/**
 * Renders a reply as Telegram HTML: paragraphs with citation marks linking to their sources, then the
 * numbered sources with outlet, date and link. Every article- and user-supplied string is escaped.
 * Sources without a web address (imported files) are named but not linked. Buttons become an inline
 * keyboard (see {@link CallbackData}); only those that cannot are written out as text.
 */
final class HtmlRenderer {
  private HtmlRenderer() {}

  static String render(Reply reply) {
    Map<Integer, SourceRef> byRef = new HashMap<>();
    reply.sources().forEach(source -> byRef.put(source.ref(), source));
    StringBuilder out = new StringBuilder();
    for (Reply.Block block : reply.blocks()) {
      paragraph(out);
      for (Reply.Span span : block.spans()) {
        switch (span) {
          case Reply.Text text -> out.append(Html.text(text.text()));
          case Reply.Cite cite -> {
            SourceRef source = byRef.get(cite.ref());
            out.append(Html.link(source == null ? null : source.url(), "[" + cite.ref() + "]"));
          }
        }
      }
    }
    if (!reply.sources().isEmpty()) {
      paragraph(out);
      out.append("<b>Sources</b>");
      for (SourceRef source : reply.sources()) {
        out.append('\n').append(sourceLine(source));
      }
    }
    List<Reply.Button> textButtons = CallbackData.asText(reply);
    if (!textButtons.isEmpty()) {
      paragraph(out);
      for (Reply.Button button : textButtons) {
        out.append(Html.text(button.label())).append(": ").append(Html.text(button.command())).append('\n');
      }
    }
    return out.toString().strip();
  }

  /** {@code [1] Outlet, 2024-04-03: <a href="...">Title</a>} */
  static String sourceLine(SourceRef source) {
    String title = source.title() == null || source.title().isBlank() ? null : source.title().strip();
    StringBuilder line = new StringBuilder("[").append(source.ref()).append("] ")
        .append("<i>").append(Html.text(source.origin())).append("</i>, ")
        .append(source.published() == null ? "date unknown" : source.published().toString()).append(": ");
    if (Html.linkable(source.url())) {
      line.append(Html.link(source.url(), title == null ? source.url().strip() : title));
    } else if (title != null) {
      line.append(Html.text(title));
    } else {
      line.append(Html.text(source.url()));
    }
    return line.toString();
  }

  private static void paragraph(StringBuilder out) {
    if (!out.isEmpty()) {
      out.append("\n\n");
    }
  }
}
