package org.newsbot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks the sentences of an answer: the best ones, one per article while others qualify; a
 * sentence that restates a picked one from another article becomes a further source of it.
 */
final class ClaimSelector {
  /** Claims after the first keep at least this share of its probability. */
  private static final double KEEP_RATIO = 0.25;
  /** A sentence that restates a claim supports it with at least this share of the best one's probability. */
  static final double JOIN_RATIO = 0.05;
  private static final double SAME_STATEMENT = 0.5;
  private static final double SAME_VALUE_STATEMENT = 0.25;

  private ClaimSelector() {}

  /** A claim being assembled: its sentence and every candidate that states it. */
  static final class Draft {
    final Candidate lead;
    final List<Candidate> support = new ArrayList<>();

    Draft(Candidate lead) {
      this.lead = lead;
      support.add(lead);
    }

    boolean cites(long articleId) {
      return support.stream().anyMatch(c -> c.articleId() == articleId);
    }
  }

  static List<Draft> select(List<Candidate> ranked, int maxClaims) {
    double floor = ranked.getFirst().probability() * KEEP_RATIO;
    List<Draft> drafts = new ArrayList<>();
    Set<Long> usedArticles = new HashSet<>();
    List<Candidate> deferred = new ArrayList<>();
    double joinFloor = ranked.getFirst().probability() * JOIN_RATIO;
    for (Candidate candidate : ranked) {
      if (candidate.probability() < joinFloor) {
        break;
      }
      if (candidate.probability() < floor) {
        joinSame(drafts, candidate); // too weak to be a claim of its own, but another source of one
        continue;
      }
      if (joinSame(drafts, candidate)) {
        continue;
      }
      if (usedArticles.contains(candidate.articleId())) {
        deferred.add(candidate);
      } else if (drafts.size() < maxClaims) {
        drafts.add(new Draft(candidate));
        usedArticles.add(candidate.articleId());
      }
    }
    for (Candidate candidate : deferred) {
      if (drafts.size() >= maxClaims) {
        break;
      }
      if (!joinSame(drafts, candidate)) {
        drafts.add(new Draft(candidate));
      }
    }
    return drafts;
  }

  /** Adds {@code value}'s best sentence as a claim when no claim gives that value yet. */
  static void ensureValue(List<Draft> drafts, List<Candidate> ranked, String value) {
    if (drafts.stream().anyMatch(d -> d.support.stream().anyMatch(c -> value.equals(c.value())))) {
      return;
    }
    ranked.stream().filter(c -> value.equals(c.value())).findFirst()
        .ifPresent(best -> {
          if (!joinSame(drafts, best)) {
            drafts.add(new Draft(best));
          }
        });
  }

  private static boolean joinSame(List<Draft> drafts, Candidate candidate) {
    for (Draft draft : drafts) {
      if (draft.lead.articleId() == candidate.articleId() && draft.lead.first() <= candidate.last()
          && candidate.first() <= draft.lead.last()) {
        return true; // the same sentence of the same article, alone or with its neighbour
      }
      if (sameStatement(draft.lead, candidate)) {
        if (!draft.cites(candidate.articleId())) {
          draft.support.add(candidate);
        }
        return true;
      }
    }
    return false;
  }

  static boolean sameStatement(Candidate a, Candidate b) {
    if (a.value() != null && b.value() != null && !a.value().equals(b.value())) {
      return false; // different figures are never the same statement
    }
    double similarity = similarity(a.terms(), b.terms());
    return similarity >= SAME_STATEMENT
        || a.value() != null && a.value().equals(b.value()) && similarity >= SAME_VALUE_STATEMENT;
  }

  /** Jaccard overlap, or near-containment of the shorter sentence in the longer. */
  static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String term : a) {
      if (b.contains(term)) {
        shared++;
      }
    }
    int smaller = Math.min(a.size(), b.size());
    double jaccard = (double) shared / (a.size() + b.size() - shared);
    double containment = (double) shared / smaller;
    return Math.max(jaccard, containment >= 0.85 && smaller >= 5 ? containment : 0);
  }
}
