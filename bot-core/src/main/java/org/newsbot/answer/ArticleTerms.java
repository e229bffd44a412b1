package org.newsbot.answer;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsbot.index.NewsAnalyzer;

/**
 * The terms of whole articles, so that a sentence can lean on its article for the question's
 * topic ("the attack" in an article about Crocus City Hall). Recently used articles stay cached.
 */
final class ArticleTerms {
  private final Map<Long, Set<String>> cache;

  ArticleTerms(int capacity) {
    this.cache = new LinkedHashMap<>(capacity, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, Set<String>> eldest) {
        return size() > capacity;
      }
    };
  }

  synchronized Map<Long, Set<String>> get(Collection<Long> ids,
      Function<Collection<Long>, Map<Long, String>> loader) {
    Map<Long, Set<String>> result = new HashMap<>();
    List<Long> missing = ids.stream().filter(id -> !cache.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      loader.apply(missing).forEach((id, text) -> cache.put(id, new HashSet<>(NewsAnalyzer.terms(text))));
    }
    for (Long id : ids) {
      Set<String> terms = cache.get(id);
      if (terms != null) {
        result.put(id, terms);
      }
    }
    return result;
  }

  /** Forgets an article whose text changed. */
  synchronized void evict(long id) {
    cache.remove(id);
  }
}
