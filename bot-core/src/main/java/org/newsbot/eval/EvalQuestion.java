package org.newsbot.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of a question set: the question, strings of which any one in the answer makes it right,
 * the articles (URL or file name) that support it, whether the articles answer it at all, and the
 * day it is asked on ({@code as_of}, what "this week" means; null: today), and optionally the corpus
 * it is about ({@code corpus}: seed, wikinews, bbc, reuters, ...).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvalQuestion(
    String question,
    @JsonProperty("expect_any") List<String> expectAny,
    List<String> supporting,
    boolean negative,
    @JsonProperty("as_of") LocalDate asOf,
    String corpus) {

  public EvalQuestion {
    expectAny = expectAny == null ? List.of() : List.copyOf(expectAny);
    supporting = supporting == null ? List.of() : List.copyOf(supporting);
  }

  public EvalQuestion(String question, List<String> expectAny, List<String> supporting, boolean negative) {
    this(question, expectAny, supporting, negative, null, null);
  }
}
