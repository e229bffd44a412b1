package org.newsbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's questions: every .jsonl set of a folder, read plainly, drawn in a fixed shuffled order. */
class QuestionSetsTest {
  @TempDir
  Path folder;

  @Test
  void readsEveryJsonLinesSetOfTheFolderWithItsDates() throws IOException {
    TinyCorpus.writeQuestions(folder);

    List<QuestionSets.Question> questions = QuestionSets.read(folder);

    assertThat(questions).hasSize(9);
    // sets in file-name order, lines in file order; blank lines and other files skipped
    assertThat(questions.getFirst())
        .isEqualTo(new QuestionSets.Question("elsewhere", "What is the boiling point of liquid nitrogen?", null));
    assertThat(questions).extracting(QuestionSets.Question::set).containsOnly("elsewhere", "towns");
    assertThat(questions.getLast().asOf()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(questions.getLast().text()).startsWith("Who said");
  }

  @Test
  void aLineThatIsNotAQuestionIsAClearErrorNamingItsFileAndLine() throws IOException {
    Files.write(folder.resolve("broken.jsonl"), List.of("{\"question\": \"Who won?\"}", "{\"question\": "));
    assertThatThrownBy(() -> QuestionSets.read(folder)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2 of").hasMessageContaining("broken.jsonl").hasMessageContaining("not a JSON object");

    Files.write(folder.resolve("broken.jsonl"), List.of("{\"expect_any\": [\"39\"]}"));
    assertThatThrownBy(() -> QuestionSets.read(folder)).hasMessageContaining("line 1 of")
        .hasMessageContaining("no \"question\"");

    Files.write(folder.resolve("broken.jsonl"), List.of("{\"question\": \"Who won?\", \"as_of\": \"last week\"}"));
    assertThatThrownBy(() -> QuestionSets.read(folder)).hasMessageContaining("\"as_of\"")
        .hasMessageContaining("last week");
  }

  @Test
  void aFolderWithoutQuestionsIsAClearError() throws IOException {
    assertThatThrownBy(() -> QuestionSets.read(folder.resolve("nowhere")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--question-sets");
    Files.writeString(folder.resolve("notes.txt"), "{\"question\": \"Who won?\"}\n");
    assertThatThrownBy(() -> QuestionSets.read(folder)).hasMessageContaining("no questions in");
  }

  @Test
  void drawsEachQuestionOnceBeforeAnyAgainInAnOrderFixedByTheSeed() {
    List<QuestionSets.Question> five = List.of(q("a"), q("b"), q("c"), q("d"), q("e"));

    List<QuestionSets.Question> twelve = QuestionSets.draw(five, 12, 3);

    assertThat(twelve).hasSize(12);
    assertThat(new HashSet<>(twelve.subList(0, 5))).hasSize(5);
    assertThat(new HashSet<>(twelve.subList(5, 10))).hasSize(5);
    assertThat(QuestionSets.draw(five, 12, 3)).isEqualTo(twelve);
    assertThat(QuestionSets.draw(five, 3, 3)).hasSize(3).isEqualTo(twelve.subList(0, 3));
    assertThat(QuestionSets.draw(five, 0, 3)).isEmpty();
  }

  private static QuestionSets.Question q(String text) {
    return new QuestionSets.Question("set", text, null);
  }
}
