package org.newsbot.answer;

import java.util.List;

/** Sources that disagree about one thing: each value with the sources that give it. */
public record Conflict(String about, List<Value> values) {
  public Conflict {
    values = List.copyOf(values);
  }

  /** One of the disagreeing values. */
  public record Value(String value, List<Integer> sources) {
    public Value {
      sources = List.copyOf(sources);
    }
  }
}
