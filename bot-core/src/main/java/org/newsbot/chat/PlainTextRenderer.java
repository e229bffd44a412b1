package org.newsbot.chat;

import org.newsbot.answer.SourceRef;

/** Renders replies as plain text, for the console and the command line. */
public final class PlainTextRenderer {
  private PlainTextRenderer() {}

  public static String render(Reply reply) {
    StringBuilder out = new StringBuilder();
    for (Reply.Block block : reply.blocks()) {
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append(block.plain());
    }
    if (!reply.sources().isEmpty()) {
      out.append("\n\nSources:");
      for (SourceRef source : reply.sources()) {
        out.append('\n').append(source.line());
      }
    }
    for (Reply.Button button : reply.buttons()) {
      out.append("\n[").append(button.label()).append(": ").append(button.command()).append(']');
    }
    return out.toString();
  }
}
