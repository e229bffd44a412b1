package org.newsbot.answer;

import java.util.Set;

/** One thing a question asks about: a stem and the stems that say the same. */
record Concept(String stem, Set<String> alternatives) {

  static Concept of(String stem) {
    return new Concept(stem, Paraphrases.alternatives(stem));
  }

  boolean in(Set<String> terms) {
    if (terms.contains(stem)) {
      return true;
    }
    for (String alternative : alternatives) {
      if (terms.contains(alternative)) {
        return true;
      }
    }
    return false;
  }
}
