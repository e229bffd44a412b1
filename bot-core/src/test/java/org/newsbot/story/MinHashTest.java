package org.newsbot.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbot.testing.Feeds;

class MinHashTest {

  @Test
  void lightlyEditedCopiesAreSimilarAndOtherStoriesAreNot() {
    String wire = String.join("\n\n", Feeds.paragraphs(1, 6));
    String edited = "UPDATED: " + wire.replace("officials said", "officials told reporters")
        .replaceFirst("The ", "A ") + "\n\nMore details follow.";
    String other = String.join("\n\n", Feeds.paragraphs(2, 6));

    int[] a = MinHash.signature(MinHash.shingles(wire));
    int[] b = MinHash.signature(MinHash.shingles(edited));
    int[] c = MinHash.signature(MinHash.shingles(other));

    assertThat(MinHash.similarity(a, b)).isGreaterThan(StoryClusters.SAME_STORY);
    assertThat(MinHash.similarity(a, c)).isLessThan(0.2);
    assertThat(MinHash.similarity(a, a)).isEqualTo(1.0);
  }

  @Test
  void signaturesSurviveStorage() {
    int[] signature = MinHash.signature(MinHash.shingles(String.join(" ", Feeds.paragraphs(3, 2))));
    assertThat(MinHash.fromBytes(MinHash.toBytes(signature))).isEqualTo(signature);
    assertThat(MinHash.bands(signature)).hasSize(MinHash.BANDS).doesNotHaveDuplicates();
  }

  @Test
  void tooShortATextHasNoFingerprint() {
    assertThat(MinHash.shingles("Storm hits coast.")).isEmpty();
    assertThat(MinHash.words("Ünïcode, NUMBERS 42 and-dashes")).isEqualTo(List.of("ünïcode", "numbers", "42", "and", "dashes"));
  }
}
