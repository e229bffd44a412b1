package org.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeasuresTest {
  private static List<Concept> kind(String words) {
    return org.newsbot.index.NewsAnalyzer.terms(words).stream().map(Concept::of).toList();
  }

  @Test
  void eachQuantityIsGivenByItsOwnKindOfFigure() {
    assertThat(Measures.given(kind("price"), "It was sold at auction for £10.3m in 2001.", Set.of())).isTrue();
    assertThat(Measures.given(kind("price"), "It was the second painting sold that year.", Set.of())).isFalse();
    assertThat(Measures.given(kind("time"), "He won with a time of 47.42 seconds.", Set.of())).isTrue();
    assertThat(Measures.given(kind("time"), "Pavey came fifth in the 5,000m.", Set.of("5,000m"))).isFalse();
    assertThat(Measures.given(kind("score"), "Zambia beat Angola 2-1 in Lusaka.", Set.of())).isTrue();
    assertThat(Measures.given(kind("score"), "It was the first defeat in 14 years.", Set.of())).isFalse();
    assertThat(Measures.given(kind("position"), "She finished fifth.", Set.of())).isTrue();
    assertThat(Measures.given(kind("distance"), "She leapt to a best of 6.50m.", Set.of())).isTrue();
  }

  @Test
  void onlyQuantitiesAreMeasured() {
    assertThat(Measures.measured(kind("winning time"))).isTrue();
    assertThat(Measures.measured(kind("record label"))).isFalse();
    assertThat(Measures.measured(kind("militant group"))).isFalse();
  }
}
