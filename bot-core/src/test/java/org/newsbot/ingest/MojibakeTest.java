package org.newsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MojibakeTest {
  @Test
  void utf8ReadAsWindows1252IsMended() {
    assertThat(Mojibake.repair("It was sold for Â£10.3m in 2001.")).isEqualTo("It was sold for £10.3m in 2001.");
    assertThat(Mojibake.repair("We donâ€™t know, said the cafÃ© owner.")).isEqualTo("We don’t know, said the café owner.");
  }

  @Test
  void genuineTextIsLeftAsItIs() {
    for (String text : new String[] {"Gdańsk's mayor Paweł Adamowicz", "Ã alone stays, and so does Â",
        "prices rose 5% — again", "Zürich, Åland and São Paulo"}) {
      assertThat(Mojibake.repair(text)).isEqualTo(text);
    }
  }
}
