package org.newsbot.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A subscription's query as the bot understood it: groups of words or phrases that must all
 * match (each group is satisfied by any of its alternatives, joined by OR), words that must not,
 * and the outlets and languages an article must come from. Only term and phrase queries are built
 * from it: no wildcards, no regular expressions.
 */
record SubscriptionQuery(List<List<Wanted>> required, List<Wanted> excluded, List<Filter> sources,
    List<String> languages) {

  SubscriptionQuery {
    required = required.stream().map(List::copyOf).toList();
    excluded = List.copyOf(excluded);
    sources = List.copyOf(sources);
    languages = List.copyOf(languages);
  }

  /** A word or phrase as the user wrote it, and the terms it stands for in an article's text. */
  record Wanted(String display, boolean phrase, List<MatchFields.Token> tokens) {
    Wanted {
      tokens = List.copyOf(tokens);
    }

    Query query() {
      return positional(MatchFields.TEXT, tokens);
    }

    String shown() {
      return phrase ? "\"" + display + "\"" : display;
    }
  }

  /** An outlet name as written and its terms. */
  record Filter(String display, List<MatchFields.Token> tokens) {
    Filter {
      tokens = List.copyOf(tokens);
    }
  }

  /** The query the monitor runs against each new article. */
  Query toLucene() {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (List<Wanted> group : required) {
      if (group.size() == 1) {
        query.add(group.getFirst().query(), Occur.MUST);
      } else {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        group.forEach(wanted -> any.add(wanted.query(), Occur.SHOULD));
        query.add(any.build(), Occur.MUST);
      }
    }
    excluded.forEach(wanted -> query.add(wanted.query(), Occur.MUST_NOT));
    if (!sources.isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      sources.forEach(source -> any.add(positional(MatchFields.SOURCE, source.tokens()), Occur.SHOULD));
      query.add(any.build(), Occur.FILTER);
    }
    if (!languages.isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      languages.forEach(language -> any.add(new TermQuery(new Term(MatchFields.LANG, language)), Occur.SHOULD));
      query.add(any.build(), Occur.FILTER);
    }
    return query.build();
  }

  /** Every word and phrase an article may be alerted for, in the order written. */
  List<Wanted> wanted() {
    return required.stream().flatMap(List::stream).toList();
  }

  /** The query as the bot reads it back to the user: {@code storm AND (flood OR rain), not: sports}. */
  String describe() {
    List<String> parts = new ArrayList<>();
    parts.add(required.stream().map(group -> group.size() == 1 ? group.getFirst().shown()
        : group.stream().map(Wanted::shown).collect(Collectors.joining(" OR ", "(", ")")))
        .collect(Collectors.joining(" AND ")));
    if (!excluded.isEmpty()) {
      parts.add("not: " + excluded.stream().map(Wanted::shown).collect(Collectors.joining(", ")));
    }
    if (!sources.isEmpty()) {
      parts.add("source: " + sources.stream().map(Filter::display).collect(Collectors.joining(" or ")));
    }
    if (!languages.isEmpty()) {
      parts.add("language: " + String.join(" or ", languages));
    }
    return String.join("; ", parts);
  }

  private static Query positional(String field, List<MatchFields.Token> tokens) {
    if (tokens.size() == 1) {
      return new TermQuery(new Term(field, tokens.getFirst().term()));
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    tokens.forEach(token -> phrase.add(new Term(field, token.term()), token.position()));
    return phrase.build();
  }
}
