package org.newsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void detectsTheLanguageOfArticleText() {
    assertThat(Languages.detect("The government announced on Tuesday that the new budget would"
        + " include additional funding for hospitals and schools across the country.")).isEqualTo("en");
    assertThat(Languages.detect("Die Regierung hat am Dienstag angekündigt, dass der neue Haushalt"
        + " zusätzliche Mittel für Krankenhäuser und Schulen im ganzen Land enthalten wird.")).isEqualTo("de");
    assertThat(Languages.detect("Le gouvernement a annoncé mardi que le nouveau budget comprendrait"
        + " des fonds supplémentaires pour les hôpitaux et les écoles de tout le pays.")).isEqualTo("fr");
    assertThat(Languages.detect("El gobierno anunció el martes que el nuevo presupuesto incluiría"
        + " fondos adicionales para hospitales y escuelas en todo el país.")).isEqualTo("es");
  }

  @Test
  void saysNothingAboutTooLittleText() {
    assertThat(Languages.detect("Hello")).isNull();
    assertThat(Languages.detect("12345 67890 !!!")).isNull();
    assertThat(Languages.detect(null)).isNull();
  }
}
