package org.newsbot.alerts;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorConfiguration;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.search.Query;
import org.newsbot.article.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every active subscription's query in a Lucene Monitor, held in memory and rebuilt from the
 * database on start. Matching a batch of articles gives, per article, the subscriptions it
 * matches and which of their words and phrases it contains.
 */
final class SubscriptionMonitor implements Closeable {
  private static final Logger log = LoggerFactory.getLogger(SubscriptionMonitor.class);
  /** Filters pick nothing out: the presearcher should index a query under its words, not source: or lang:. */
  static final TermWeightor WEIGHTOR = TermWeightor.combine(TermFilteredPresearcher.DEFAULT_WEIGHTOR,
      TermWeightor.fieldWeightor(0.01, MatchFields.SOURCE, MatchFields.LANG));

  /** Stored queries were checked when they were made; limits changed since do not drop them. */
  private final QuerySyntax syntax = new QuerySyntax(Integer.MAX_VALUE, Integer.MAX_VALUE);
  private final Monitor monitor;
  private final Map<Long, SubscriptionQuery> queries = new HashMap<>();
  /** Subscriptions that filter by language: articles stored without one then have theirs detected. */
  private int byLanguage;
  private long version;

  /**
   * A monitor whose presearcher indexes each query under two of its terms where it has two
   * (AlertsBenchmark: about twice as fast on full-length articles as one term), so fewer queries
   * run against an article that merely shares one word with them.
   */
  SubscriptionMonitor() {
    this(new MultipassTermFilteredPresearcher(2, 0, WEIGHTOR, List.of(), Set.of()));
  }

  SubscriptionMonitor(Presearcher presearcher) {
    try {
      monitor = new Monitor(MatchFields.analyzer(), presearcher, new MonitorConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the subscription monitor", e);
    }
  }

  /** One matching article: the subscriptions it matched, each with the terms it contains. */
  record Matches(Article article, Map<Long, List<String>> bySubscription) {}

  /** The subscription version this monitor reflects. */
  long version() {
    return version;
  }

  int size() {
    return queries.size();
  }

  /** Applies added and removed subscriptions, in version order. */
  void apply(List<Subscription> changes) {
    List<MonitorQuery> register = new ArrayList<>();
    List<String> remove = new ArrayList<>();
    for (Subscription subscription : changes) {
      String id = Long.toString(subscription.id());
      SubscriptionQuery previous = queries.remove(subscription.id());
      if (previous != null) {
        remove.add(id);
        byLanguage -= previous.languages().isEmpty() ? 0 : 1;
      }
      if (subscription.active()) {
        try {
          SubscriptionQuery query = syntax.parse(subscription.query());
          queries.put(subscription.id(), query);
          byLanguage += query.languages().isEmpty() ? 0 : 1;
          register.add(new MonitorQuery(id, query.toLucene()));
        } catch (InvalidQueryException e) {
          log.warn("subscription {} has a query that can no longer be read ({}); it will not alert",
              subscription.id(), e.getMessage());
        }
      }
      version = Math.max(version, subscription.version());
    }
    try {
      if (!remove.isEmpty()) {
        monitor.deleteById(remove);
      }
      if (!register.isEmpty()) {
        monitor.register(register);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("updating the subscription monitor failed", e);
    }
  }

  /** Marks the monitor as reflecting every subscription change up to {@code version}. */
  void reached(long version) {
    this.version = Math.max(this.version, version);
  }

  /** The articles that match any subscription, in the order given. */
  List<Matches> match(List<Article> articles) {
    if (articles.isEmpty() || queries.isEmpty()) {
      return List.of();
    }
    Document[] docs = new Document[articles.size()];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = MatchFields.document(articles.get(i), byLanguage > 0);
    }
    MultiMatchingQueries<QueryMatch> result;
    try {
      result = monitor.match(docs, QueryMatch.SIMPLE_MATCHER);
    } catch (IOException e) {
      throw new UncheckedIOException("matching articles against subscriptions failed", e);
    }
    result.getErrors().forEach((id, error) -> log.warn("subscription {} failed to match: {}", id, error.toString()));
    List<Matches> matches = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      var found = result.getMatches(i);
      if (found.isEmpty()) {
        continue;
      }
      MemoryIndex text = MemoryIndex.fromDocument(docs[i], MatchFields.analyzer());
      Map<Query, Boolean> seen = new HashMap<>();
      Map<Long, List<String>> bySubscription = new LinkedHashMap<>();
      found.stream().map(match -> Long.parseLong(match.getQueryId())).sorted().forEach(id -> {
        SubscriptionQuery query = queries.get(id);
        if (query == null) {
          return;
        }
        List<String> terms = new ArrayList<>();
        for (SubscriptionQuery.Wanted wanted : query.wanted()) {
          if (seen.computeIfAbsent(wanted.query(), q -> text.search(q) > 0)) {
            terms.add(wanted.shown());
          }
        }
        bySubscription.put(id, terms);
      });
      if (!bySubscription.isEmpty()) {
        matches.add(new Matches(articles.get(i), bySubscription));
      }
    }
    return matches;
  }

  @Override
  public void close() {
    try {
      monitor.close();
    } catch (IOException e) {
      log.warn("closing the subscription monitor failed", e);
    }
  }
}
