package org.newsbot.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a subscription query: words, "exact phrases", -excluded words or phrases, OR between
 * alternatives (it binds tighter than the implicit AND: {@code storm flood OR rain} is storm and
 * either flood or rain), and the filters {@code source:NAME} (or {@code source:"two words"}) and
 * {@code lang:xx}. Anything else is refused with a message that says what to change.
 */
final class QuerySyntax {
  static final String EXAMPLE = "/subscribe \"climate summit\" emissions OR coal -sports lang:en";

  private static final Pattern FILTER = Pattern.compile("([A-Za-z]+):(.*)", Pattern.DOTALL);
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?");

  private final int maxLength;
  private final int maxTerms;

  QuerySyntax(int maxLength, int maxTerms) {
    this.maxLength = maxLength;
    this.maxTerms = maxTerms;
  }

  private enum Kind { WORD, PHRASE, OR, FILTER }

  private record Token(Kind kind, String text, boolean negated, String filter) {}

  SubscriptionQuery parse(String input) {
    String text = input == null ? "" : input.strip();
    if (text.isEmpty()) {
      throw new InvalidQueryException("Give the words to watch for, for example: " + EXAMPLE);
    }
    if (text.length() > maxLength) {
      throw new InvalidQueryException("That query is " + text.length() + " characters long; the limit is "
          + maxLength + ".");
    }
    List<Token> tokens = lex(text);
    List<List<SubscriptionQuery.Wanted>> required = new ArrayList<>();
    List<SubscriptionQuery.Wanted> excluded = new ArrayList<>();
    List<SubscriptionQuery.Filter> sources = new ArrayList<>();
    List<String> languages = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    List<SubscriptionQuery.Wanted> group = null;
    boolean afterOr = false;
    int terms = 0;
    for (Token token : tokens) {
      switch (token.kind()) {
        case OR -> {
          if (group == null || afterOr) {
            throw new InvalidQueryException("OR must stand between two words or phrases, as in: storm OR hurricane.");
          }
          afterOr = true;
        }
        case FILTER -> {
          if (afterOr) {
            throw new InvalidQueryException("OR cannot join a filter; put OR between words or phrases only.");
          }
          group = null;
          if (token.filter().equals("source")) {
            sources.add(source(token.text()));
          } else {
            languages.add(language(token.text()));
          }
        }
        case WORD, PHRASE -> {
          terms++;
          SubscriptionQuery.Wanted wanted = wanted(token);
          if (token.negated()) {
            if (afterOr) {
              throw new InvalidQueryException("An excluded word cannot be one side of OR: write -"
                  + token.text() + " on its own.");
            }
            group = null;
            if (wanted.tokens().isEmpty()) {
              ignored.add(wanted.shown());
            } else {
              excluded.add(wanted);
            }
          } else if (afterOr) {
            if (!wanted.tokens().isEmpty()) {
              group.add(wanted);
            } else {
              ignored.add(wanted.shown());
            }
            afterOr = false;
          } else {
            group = new ArrayList<>();
            required.add(group);
            if (!wanted.tokens().isEmpty()) {
              group.add(wanted);
            } else {
              ignored.add(wanted.shown());
            }
          }
        }
      }
    }
    if (afterOr) {
      throw new InvalidQueryException("The query ends with OR; add the alternative after it, as in: storm OR hurricane.");
    }
    if (terms > maxTerms) {
      throw new InvalidQueryException("That query has " + terms + " words and phrases; the limit is " + maxTerms + ".");
    }
    required.removeIf(List::isEmpty);
    if (required.isEmpty()) {
      throw new InvalidQueryException(ignored.isEmpty()
          ? "The query needs at least one word or phrase to look for, not only excluded words or filters."
              + " For example: " + EXAMPLE
          : "The query has no word to look for: " + String.join(", ", ignored)
              + (ignored.size() == 1 ? " is" : " are") + " too common to search. Add a more specific word.");
    }
    return new SubscriptionQuery(required, excluded, sources, languages);
  }

  private static SubscriptionQuery.Wanted wanted(Token token) {
    return new SubscriptionQuery.Wanted(token.text(), token.kind() == Kind.PHRASE,
        MatchFields.tokens(MatchFields.TEXT, token.text()));
  }

  private static SubscriptionQuery.Filter source(String name) {
    List<MatchFields.Token> tokens = MatchFields.tokens(MatchFields.SOURCE, name);
    if (tokens.isEmpty()) {
      throw new InvalidQueryException("source: needs an outlet name, as in source:reuters or source:\"new york times\".");
    }
    return new SubscriptionQuery.Filter(name, tokens);
  }

  private static String language(String code) {
    if (!LANGUAGE.matcher(code).matches()) {
      throw new InvalidQueryException("lang: takes a language code such as lang:en or lang:de, not '" + code + "'.");
    }
    return MatchFields.language(code);
  }

  private static List<Token> lex(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    boolean notPending = false;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean negated = notPending;
      notPending = false;
      if (c == '-') {
        i++;
        if (i >= text.length() || Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '-') {
          throw new InvalidQueryException("A '-' must be followed directly by the word or phrase to leave out, as in -sports.");
        }
        negated = true;
        c = text.charAt(i);
      }
      if (c == '"') {
        int close = text.indexOf('"', i + 1);
        if (close < 0) {
          throw new InvalidQueryException("The quote before " + preview(text.substring(i + 1))
              + " is not closed; close it or remove it.");
        }
        String phrase = text.substring(i + 1, close).strip().replaceAll("\\s+", " ");
        if (phrase.isEmpty()) {
          throw new InvalidQueryException("The query has empty quotes; put the exact phrase between them.");
        }
        tokens.add(new Token(Kind.PHRASE, phrase, negated, null));
        i = close + 1;
        continue;
      }
      int end = i;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        // a quoted filter value may hold spaces: source:"new york times"
        if (text.charAt(end) == '"' && end > i && text.charAt(end - 1) == ':') {
          int close = text.indexOf('"', end + 1);
          if (close < 0) {
            throw new InvalidQueryException("The quote after " + text.substring(i, end)
                + " is not closed; close it or remove it.");
          }
          end = close + 1;
          break;
        }
        end++;
      }
      String word = text.substring(i, end);
      i = end;
      if (word.equals("OR") && !negated) {
        tokens.add(new Token(Kind.OR, word, false, null));
      } else if (word.equals("AND") && !negated) {
        // the words of a query must all match anyway
      } else if (word.equals("NOT") && !negated) {
        notPending = true;
      } else {
        tokens.add(word(word, negated));
      }
    }
    if (notPending) {
      throw new InvalidQueryException("The query ends with NOT; put the word to leave out after it, or write -word.");
    }
    return tokens;
  }

  private static Token word(String word, boolean negated) {
    var filter = FILTER.matcher(word);
    if (filter.matches()) {
      String name = filter.group(1).toLowerCase(Locale.ROOT);
      if (!name.equals("source") && !name.equals("lang")) {
        throw new InvalidQueryException("Unknown filter '" + filter.group(1) + ":'. The filters are source:NAME and lang:xx.");
      }
      if (negated) {
        throw new InvalidQueryException("A filter cannot be excluded; -" + name + ": is not supported.");
      }
      String value = filter.group(2);
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1);
      }
      value = value.strip().replaceAll("\\s+", " ");
      if (value.isEmpty()) {
        throw new InvalidQueryException(name + ": needs a value, as in "
            + (name.equals("lang") ? "lang:en." : "source:reuters."));
      }
      return new Token(Kind.FILTER, value, false, name);
    }
    if (word.length() > 2 && word.startsWith("/") && word.endsWith("/")) {
      throw new InvalidQueryException("Regular expressions are not supported; write the words or an \"exact phrase\".");
    }
    if (word.indexOf('*') >= 0 || word.indexOf('?') >= 0) {
      throw new InvalidQueryException("Wildcards (* and ?) are not supported; '" + word
          + "' should be a whole word. Related forms (elections, elected) already match election.");
    }
    if (word.indexOf('(') >= 0 || word.indexOf(')') >= 0) {
      throw new InvalidQueryException("Parentheses are not supported. OR joins the words next to it:"
          + " storm flood OR rain means storm and either flood or rain.");
    }
    if (word.indexOf('"') >= 0) {
      throw new InvalidQueryException("A quote in the middle of '" + word
          + "': put a space before an \"exact phrase\".");
    }
    return new Token(Kind.WORD, word, negated, null);
  }

  private static String preview(String rest) {
    String shown = rest.strip();
    return "'" + (shown.length() > 20 ? shown.substring(0, 20) + "..." : shown) + "'";
  }
}
