package org.newsbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The large set: as many articles as asked, copies told apart and changed a little. */
class MixedCorpusTest {
  @TempDir
  Path dir;

  @Test
  void writesTheAskedNumberOfDistinctArticles() throws IOException {
    TinyCorpus.write(dir.resolve("corpus"), 40, 10);
    List<Path> sources = List.of(dir.resolve("corpus/reuters21578.jsonl"), dir.resolve("corpus/wire.jsonl"));

    int written = MixedCorpus.write(sources, 130, dir.resolve("mixed.jsonl"));

    assertThat(written).isEqualTo(130);
    List<JsonNode> all = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("mixed.jsonl"))) {
      all.add(CorpusFiles.JSON.readTree(line));
    }
    assertThat(all).hasSize(130);
    Set<String> ids = new HashSet<>();
    all.forEach(article -> ids.add(article.get("id").asText()));
    assertThat(ids).hasSize(130);
    // the sources take turns, so the first articles are not all from one
    assertThat(all.subList(0, 4)).extracting(a -> a.get("id").asText())
        .containsExactly("reuters-0", "wire-0", "reuters-1", "wire-1");
  }

  @Test
  void aCopyHasItsOwnIdTitleAndDateAndSomeFiguresChanged() throws IOException {
    var article = (com.fasterxml.jackson.databind.node.ObjectNode) CorpusFiles.JSON.readTree(
        "{\"id\": \"a1\", \"url\": \"https://example.org/a1\", \"title\": \"Storm\", \"published\": \"2024-03-30\","
            + " \"body\": \"The storm hit 12 towns and 40 farms; 3.5 mm of rain fell on 1,200 homes.\"}");

    JsonNode copy = MixedCorpus.vary(article, 2);

    assertThat(MixedCorpus.vary(article, 0)).isSameAs(article);
    assertThat(copy.get("id").asText()).isEqualTo("a1-copy2");
    assertThat(copy.has("url")).isFalse();
    assertThat(copy.get("title").asText()).isEqualTo("Storm (update 2)");
    assertThat(copy.get("published").asText()).isEqualTo("2024-04-01");
    assertThat(copy.get("body").asText()).isEqualTo("The storm hit 12 towns and 42 farms; 3.5 mm of rain fell on 1,200 homes.");
  }
}
