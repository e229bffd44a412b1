package org.newsbot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsbot.index.NewsAnalyzer;

/**
 * The ways news reports say the same thing in other words (paraphrases.txt): questions ask who
 * "took responsibility" or how many "lost their lives", reports say "claimed responsibility" and
 * "were killed". Phrases are rewritten to a common word, single words match any word of their group.
 */
final class Paraphrases {
  private static final Pattern CONTRACTION = Pattern.compile("(?i)\\b(what|who|where|when|how|which)['’]s\\b");
  private static final Map<String, Set<String>> BY_STEM = new HashMap<>();
  private static final List<Map.Entry<Pattern, String>> REWRITES = new ArrayList<>();

  static {
    for (String line : KnowledgeFile.lines("paraphrases.txt")) {
      int arrow = line.indexOf(" => ");
      if (arrow > 0) {
        REWRITES.add(Map.entry(Pattern.compile(line.substring(0, arrow), Pattern.CASE_INSENSITIVE),
            line.substring(arrow + 4).strip()));
        continue;
      }
      Set<String> stems = new LinkedHashSet<>(NewsAnalyzer.terms(line));
      for (String stem : stems) {
        BY_STEM.computeIfAbsent(stem, s -> new LinkedHashSet<>()).addAll(stems);
      }
    }
  }

  private Paraphrases() {}

  /** "What's" as "what is": the question words stand apart. */
  static String contract(String question) {
    return CONTRACTION.matcher(question).replaceAll("$1 is");
  }

  /** The question with paraphrases rewritten to the words reports use. */
  static String normalize(String question) {
    String text = contract(question);
    for (Map.Entry<Pattern, String> rewrite : REWRITES) {
      text = rewrite.getKey().matcher(text).replaceAll(rewrite.getValue());
    }
    return text;
  }

  /** The stems that stand for {@code stem}: itself and its groups. */
  static Set<String> alternatives(String stem) {
    return BY_STEM.getOrDefault(stem, Set.of(stem));
  }
}
