package org.newsbot.answer;

import java.util.List;

/** A sentence of an answer and the numbered sources that state it. */
public record Claim(String text, List<Integer> sources) {
  public Claim {
    sources = List.copyOf(sources);
  }
}
