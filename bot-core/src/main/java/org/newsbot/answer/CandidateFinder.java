package org.newsbot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsbot.index.PassageHit;
import org.newsbot.index.PassageIndex;

/**
 * Turns what retrieval found into candidate claims with their features: every quotable sentence of
 * the retrieved articles, weighed by keywords, meaning, the kind of answer it gives and where it
 * stands. Nothing here decides; the model weighs.
 */
final class CandidateFinder {
  /** How much a word of the article's topic counts towards singling out a sentence. */
  private static final double TOPIC_WEIGHT = 0.25;
  private static final double NEIGHBOUR_WEIGHT = 0.3;
  private static final Pattern ASKS = Pattern.compile("\\?[\"'”’)\\]]*\\s*$");

  private CandidateFinder() {}

  static List<Candidate> find(Question question, Retrieval retrieval, List<ArticleView> views) {
    Map<Long, Map<Integer, Double>> hitScores = new HashMap<>();
    double best = 0;
    for (PassageHit hit : retrieval.hits()) {
      hitScores.computeIfAbsent(hit.passage().articleId(), id -> new HashMap<>())
          .merge(hit.passage().ordinal(), (double) hit.score(), Math::max);
      best = Math.max(best, hit.score());
    }
    List<Concept> concepts = question.concepts();
    double[] idf = new double[concepts.size()];
    double total = 0;
    for (int c = 0; c < idf.length; c++) {
      idf[c] = retrieval.idf().getOrDefault(concepts.get(c).stem(), 0.0);
      total += idf[c];
    }
    Set<String> prefixes = prefixes(question);
    List<Candidate> candidates = new ArrayList<>();
    for (ArticleView view : views) {
      int rank = retrieval.articles().indexOf(view.article.id());
      Map<Integer, Double> scores = hitScores.getOrDefault(view.article.id(), Map.of());
      List<PassageIndex.ChunkHit> chunks = retrieval.chunks().getOrDefault(view.article.id(), List.of());
      boolean embedded = retrieval.vector() != null && !chunks.isEmpty();
      double meaningArticle = chunks.stream().mapToDouble(PassageIndex.ChunkHit::similarity).max().orElse(0);
      double namesTotal = 0;
      double namesPresent = 0;
      double coveredArticle = 0;
      double[] focus = new double[concepts.size()];
      double focusTotal = 0;
      for (int c = 0; c < focus.length; c++) {
        Concept concept = concepts.get(c);
        boolean present = concept.in(view.allTerms);
        coveredArticle += present ? idf[c] : 0;
        if (question.names().contains(concept.stem())) {
          namesTotal += idf[c];
          namesPresent += present ? idf[c] : 0;
        }
        focus[c] = question.kindWords().contains(concept.stem()) ? 0
            : present && view.topic(concept) ? TOPIC_WEIGHT * idf[c] : idf[c];
        focusTotal += focus[c];
      }
      double termsArticle = total == 0 ? 0 : coveredArticle / total;
      double namesArticle = namesTotal == 0 ? 1 : namesPresent / namesTotal;
      int n = view.sentences.size();
      boolean[] gives = new boolean[n];
      for (int s = 0; s < n; s++) {
        gives[s] = givesKind(question, view.sentences.get(s));
      }
      for (int s = 0; s < n; s++) {
        String text = view.sentences.get(s);
        double[] f = new double[Feature.COUNT];
        double bm25 = best == 0 ? 0 : scores.getOrDefault(view.ordinals.get(s), 0.0) / best;
        double neighbour = 0;
        if (best > 0) {
          if (s > 0) {
            neighbour = Math.max(neighbour, scores.getOrDefault(view.ordinals.get(s - 1), 0.0) / best);
          }
          if (s + 1 < n) {
            neighbour = Math.max(neighbour, scores.getOrDefault(view.ordinals.get(s + 1), 0.0) / best);
          }
        }
        if (bm25 == 0 && neighbour == 0 && !embedded && s > 1) {
          continue; // a sentence nothing points at, in an article without meaning: not worth weighing
        }
        Set<String> terms = view.sentenceTerms.get(s);
        double inSentence = 0;
        double inWindow = 0;
        double focused = 0;
        for (int c = 0; c < concepts.size(); c++) {
          Concept concept = concepts.get(c);
          boolean here = concept.in(terms);
          boolean near = !here && (s > 0 && concept.in(view.sentenceTerms.get(s - 1))
              || s + 1 < n && concept.in(view.sentenceTerms.get(s + 1)));
          inSentence += here ? idf[c] : 0;
          inWindow += here || near ? idf[c] : 0;
          focused += here ? focus[c] : near ? NEIGHBOUR_WEIGHT * focus[c] : 0;
        }
        boolean kindNext = !gives[s] && s + 1 < n && gives[s + 1];
        double meaningPassage = 0;
        for (PassageIndex.ChunkHit chunk : chunks) {
          if (chunk.from() <= s && s <= chunk.to()) {
            meaningPassage = Math.max(meaningPassage, chunk.similarity());
          }
        }
        double kind = gives[s] ? 1 : 0;
        f[Feature.BM25.ordinal()] = bm25;
        f[Feature.BM25_NEIGHBOUR.ordinal()] = neighbour;
        f[Feature.TERMS_SENTENCE.ordinal()] = total == 0 ? 0 : inSentence / total;
        f[Feature.TERMS_WINDOW.ordinal()] = total == 0 ? 0 : inWindow / total;
        f[Feature.TERMS_ARTICLE.ordinal()] = termsArticle;
        f[Feature.NAMES_ARTICLE.ordinal()] = namesArticle;
        f[Feature.FOCUS.ordinal()] = focusTotal == 0 ? 0 : focused / focusTotal;
        f[Feature.MEANING_PASSAGE.ordinal()] = embedded ? meaningPassage : 0;
        f[Feature.MEANING_ARTICLE.ordinal()] = embedded ? meaningArticle : 0;
        f[Feature.KIND.ordinal()] = kind;
        f[Feature.KIND_NAME.ordinal()] = question.kind().named()
            && Entities.gives(AnswerKind.NAME, text, question.ownWords()) ? 1 : 0;
        f[Feature.KIND_NEXT.ordinal()] = kindNext ? 1 : 0;
        f[Feature.KIND_NEAR.ordinal()] = gives[s] && inSentence > 0 ? nearness(question, text, prefixes) : 0;
        f[Feature.KIND_WORD.ordinal()] = mentionsKind(question, terms) ? 1 : 0;
        f[Feature.KIND_ANY.ordinal()] = question.kind() == AnswerKind.OTHER ? 1 : 0;
        f[Feature.KIND_AND_TERMS.ordinal()] = Math.max(kind, kindNext ? 0.5 : 0) * f[Feature.TERMS_WINDOW.ordinal()];
        f[Feature.KIND_AND_MEANING.ordinal()] = Math.max(kind, kindNext ? 0.5 : 0) * f[Feature.MEANING_PASSAGE.ordinal()];
        f[Feature.FOCUS_AND_KIND.ordinal()] = f[Feature.FOCUS.ordinal()] * Math.max(kind, kindNext ? 0.5 : 0);
        f[Feature.LEAD.ordinal()] = 1.0 / (1 + s);
        f[Feature.ARTICLE_RANK.ordinal()] = rank < 0 ? 0 : 1.0 / (1 + rank);
        f[Feature.ASKS.ordinal()] = ASKS.matcher(text).find() ? 1 : 0;
        f[Feature.FRAGMENT.ordinal()] = fragment(text) ? 1 : 0;
        int last = kindNext ? s + 1 : s;
        candidates.add(new Candidate(view, s, last, f, embedded, 0, null));
      }
    }
    relativeToBest(candidates, Feature.FOCUS, Feature.FOCUS_BEST);
    relativeToBest(candidates, Feature.MEANING_PASSAGE, Feature.MEANING_BEST);
    return candidates;
  }

  /** The candidate with the figure or date it gives for the question, for finding disagreement. */
  static Candidate withValue(Question question, Candidate candidate) {
    String value = Values.of(question.kind(), candidate.text(),
        question.counted().isEmpty() ? question.concepts() : question.counted(), question.ownWords());
    return value == null ? candidate : new Candidate(candidate.view(), candidate.first(), candidate.last(),
        candidate.features(), candidate.embedded(), candidate.probability(), value);
  }

  /** Sets {@code share} to each candidate's {@code feature} as a share of the highest among them. */
  private static void relativeToBest(List<Candidate> candidates, Feature feature, Feature share) {
    double best = 0;
    for (Candidate c : candidates) {
      best = Math.max(best, c.feature(feature));
    }
    for (Candidate c : candidates) {
      c.features()[share.ordinal()] = best == 0 ? 0 : c.feature(feature) / best;
    }
  }

  /** Whether the sentence gives the kind of answer asked for; "which NAME" questions take any name. */
  private static boolean givesKind(Question question, String sentence) {
    if (question.kind() == AnswerKind.PERSON && question.asked().noun() == null) {
      // "who" is answered by organisations as often as by people: "Islamic State claimed ..."
      return Entities.gives(AnswerKind.PERSON, sentence, question.ownWords())
          || Entities.gives(AnswerKind.ORGANISATION, sentence, question.ownWords());
    }
    return question.kind() != AnswerKind.OTHER && Entities.gives(question.kind(), sentence, question.ownWords());
  }

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
  private static final int NEAR = 5;
  private static final int PREFIX = 5;

  /** The first letters of the question's words of three letters or more, lower case: a cheap stem. */
  private static Set<String> prefixes(Question question) {
    Set<String> prefixes = new java.util.HashSet<>();
    Set<String> function = Set.of("who", "what", "which", "when", "where", "how", "many", "much", "did", "does",
        "was", "were", "the", "and", "for", "from", "with", "that", "this", "are", "has", "have", "had");
    for (String word : question.ownWords()) {
      if (word.length() >= 3 && !function.contains(word)) {
        prefixes.add(word.substring(0, Math.min(PREFIX, word.length())));
      }
    }
    return prefixes;
  }

  /** 1 / (1 + the fewest words between an answer of the kind asked for and a word of the question). */
  private static double nearness(Question question, String sentence, Set<String> prefixes) {
    List<int[]> spans = Entities.newSpans(question.kind(), sentence, question.ownWords());
    if (spans.isEmpty()) {
      return 0;
    }
    List<int[]> tokens = new ArrayList<>(); // {start, end, isQuestionWord}
    var matcher = TOKEN.matcher(sentence);
    while (matcher.find()) {
      String word = matcher.group().toLowerCase(java.util.Locale.ROOT);
      tokens.add(new int[] {matcher.start(), matcher.end(),
          prefixes.contains(word.substring(0, Math.min(PREFIX, word.length()))) ? 1 : 0});
    }
    int best = Integer.MAX_VALUE;
    for (int[] span : spans) {
      int first = -1;
      int last = -1;
      for (int t = 0; t < tokens.size(); t++) {
        if (tokens.get(t)[0] < span[1] && tokens.get(t)[1] > span[0]) {
          first = first < 0 ? t : first;
          last = t;
        }
      }
      if (first < 0) {
        continue;
      }
      for (int t = 0; t < tokens.size(); t++) {
        if (tokens.get(t)[2] == 1 && (t < first || t > last)) {
          best = Math.min(best, t < first ? first - t - 1 : t - last - 1);
        }
      }
    }
    return best > NEAR ? 0 : 1.0 / (1 + best);
  }

  private static boolean mentionsKind(Question question, Set<String> terms) {
    for (String stem : question.kindWords()) {
      if (Concept.of(stem).in(terms)) {
        return true;
      }
    }
    return false;
  }

  private static boolean fragment(String text) {
    String t = text.strip();
    int words = t.split("\\s+").length;
    char last = t.charAt(t.length() - 1);
    return words < 6 || words > 60 || ".!?\"”’»)".indexOf(last) < 0;
  }
}
