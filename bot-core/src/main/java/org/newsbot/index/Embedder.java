package org.newsbot.index;

import java.util.List;

/** Turns text into unit-length vectors whose dot product measures closeness of meaning. */
public interface Embedder {
  int dimension();

  float[][] embed(List<String> texts);
}
