package org.newsbot.answer;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsbot.index.NewsAnalyzer;

/**
 * The ways news reports say the same thing in other words: questions ask who "took responsibility"
 * or how many "lost their lives", reports say "claimed responsibility" and "were killed". Phrases are
 * rewritten to a common word, single words match any word of their group.
 */
final class Lexicon {
  private static final List<String[]> PHRASES = List.of(
      new String[] {"\\b(walk(s|ed|ing)? (off the job|out)|go(es)? on strike|went on strike|walkouts?)\\b", "strike"},
      new String[] {"\\bturn(s|ed)? out\\b", "attended"},
      new String[] {"\\blost (their|his|her|its) li(ves|fe)\\b", "died"},
      new String[] {"\\bpass(ed|es)? away\\b", "died"},
      new String[] {"\\b(death|casualty) (toll|count)\\b", "died"},
      new String[] {"\\b(took|take|taken|takes|accepted|admitted) responsibility\\b", "claimed responsibility"},
      new String[] {"\\bput (\\w+ ){0,3}forward\\b", "nominated"},
      new String[] {"\\bst(ep|epped|epping) down\\b", "resigned"},
      new String[] {"\\b(went|came|come|go) down\\b", "crashed"},
      new String[] {"\\btaken into custody\\b", "arrested"},
      new String[] {"\\bset fire to\\b", "burned"},
      new String[] {"\\bshot dead\\b", "killed"},
      new String[] {"\\b(take|takes|took|taken|taking) place\\b", "happened"},
      new String[] {"\\b(take|takes|took|taken|taking) over\\b", "succeed"},
      new String[] {"\\bstep(s|ped|ping)? (into|in for)\\b", "succeed"});

  private static final List<String> GROUPS = List.of(
      "die died dies dead death deaths killed kill kills killing perished perish fatalities fatal",
      "injured injuries injury wounded hurt",
      "arrested arrest detained detain apprehended custody",
      "suspect suspected suspects accused alleged perpetrator gunman attacker",
      "nominated nominate nomination appointed appoint named chosen picked selected",
      "won win wins winner victory victorious",
      "bought buy acquired acquire acquisition purchased purchase",
      "began begin started start launched",
      "resigned resign resignation quit",
      "crashed crash crashes",
      "plane aircraft airliner jet airplane",
      "boat ship vessel",
      "fire blaze flames",
      "chief head director boss leader",
      "elected election chosen named",
      "firefighters firefighter firemen",
      "residents inhabitants locals",
      "company firm",
      "murdered murder",
      "caused cause blamed",
      "strike strikes striking strikers walkout",
      "attended attend rally rallied gathered",
      "illness disease cancer condition infection syndrome tumour tumor pneumonia stroke virus",
      "exoplanet planet",
      "event competition tournament championship festival ceremony concert match contest race conference summit",
      "ruler sultan king queen monarch emir emperor",
      "successor succeed succeeded replace replaced",
      "live lives lived reside resides resided inhabit inhabits inhabited population",
      "sentence sentenced jailed jail imprisoned imprisonment prison",
      "owner owns own owned",
      "price sold sell fetched fetch",
      "village town",
      // irregular past tenses, which stemming does not join to their verbs
      "rise rose risen", "fall fell fallen", "lose lost", "sell sold", "take took taken", "give gave given",
      "leave left", "flee fled", "hold held", "meet met", "pay paid", "say said", "tell told",
      "find found discover discovered discovery", "make made", "grow grew grown", "shoot shot", "steal stole stolen",
      "strike struck", "throw threw thrown", "write wrote written", "speak spoke spoken",
      "drive drove driven", "fly flew flown", "sink sank sunk", "build built", "send sent",
      "spend spent", "bring brought", "catch caught", "fight fought", "seek sought", "teach taught",
      "think thought", "choose chose chosen", "break broke broken", "hide hid hidden",
      "withdraw withdrew withdrawn withdrawal", "win won", "bear bore born", "begin began begun",
      "swim swam swum", "run ran", "lead led", "beat beaten", "rebuild rebuilt");

  private static final Pattern CONTRACTION =
      Pattern.compile("(?i)\\b(what|who|where|when|how|which)['’]s\\b");
  private static final Map<String, Set<String>> BY_STEM = new HashMap<>();
  private static final List<Map.Entry<Pattern, String>> REWRITES;

  static {
    for (String group : GROUPS) {
      Set<String> stems = new LinkedHashSet<>(NewsAnalyzer.terms(group));
      for (String stem : stems) {
        BY_STEM.computeIfAbsent(stem, s -> new LinkedHashSet<>()).addAll(stems);
      }
    }
    REWRITES = PHRASES.stream()
        .map(p -> Map.entry(Pattern.compile(p[0], Pattern.CASE_INSENSITIVE), p[1]))
        .toList();
  }

  private Lexicon() {}

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

  /** The stems that stand for {@code stem}: itself and its group. */
  static Set<String> alternatives(String stem) {
    return BY_STEM.getOrDefault(stem, Set.of(stem));
  }
}
