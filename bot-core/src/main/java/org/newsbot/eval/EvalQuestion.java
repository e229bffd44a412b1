package org.newsbot.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One line of a question set: the question, strings of which any one in the answer makes it right,
 * the articles (URL or file name) that support it, and whether the articles answer it at all.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvalQuestion(
    String question,
    @JsonProperty("expect_any") List<String> expectAny,
    List<String> supporting,
    boolean negative) {

  public EvalQuestion {
    expectAny = expectAny == null ? List.of() : List.copyOf(expectAny);
    supporting = supporting == null ? List.of() : List.copyOf(supporting);
  }
}
