package org.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbot.Newsbot;
import org.newsbot.NewsbotSettings;
import org.newsbot.TestCorpus;

/**
 * The answers the seed articles must give: five outlets on one attack, with disagreeing figures and
 * dates, a paraphrased question, and questions they do not answer. Semantic search is on, with the
 * embeddings computed as a running bot would.
 */
class AnswersOverSeedArticlesTest {
  @TempDir
  static Path data;

  static Newsbot newsbot;

  @BeforeAll
  static void importSeedArticles() {
    newsbot = Newsbot.open(NewsbotSettings.embedded(data));
    newsbot.importPaths(List.of(TestCorpus.seedArticles()));
    assertThat(newsbot.embedPending(done -> { })).isEqualTo(5);
  }

  @AfterAll
  static void close() {
    newsbot.close();
  }

  @Test
  void theDeathTollShowsEachFigureWithTheSourcesThatGiveIt() {
    Answer answer = newsbot.ask("How many people died?");

    assertThat(answer.answered()).isTrue();
    assertThat(answer.conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.values()).extracting(Conflict.Value::value).contains("143", "144");
      for (Conflict.Value value : conflict.values()) {
        String figure = value.value().replaceAll("\\D", "");
        for (int ref : value.sources()) {
          assertThat(text(answer.sources().get(ref - 1))).contains(figure);
        }
      }
    });
    assertThat(answer.text()).contains("Sources disagree on").contains("143").contains("144");
  }

  @Test
  void sentencesThatSayTheSameBecomeOneClaimCitingEverySource() {
    Answer answer = newsbot.ask("How many people died?");

    Claim corroborated = answer.claims().stream().filter(c -> c.text().contains("143")).findFirst().orElseThrow();
    assertThat(corroborated.sources()).hasSizeGreaterThanOrEqualTo(2);
    for (int ref : corroborated.sources()) {
      assertThat(text(answer.sources().get(ref - 1))).contains("143");
    }
    assertThat(answer.text()).contains(corroborated.sources().size() + " sources report this");
  }

  @Test
  void theEmbassyWarningShowsBothDates() {
    Answer answer = newsbot.ask("When did the US Embassy warn of attacks on gatherings in Moscow?");

    assertThat(answer.conflicts()).singleElement().satisfies(conflict ->
        assertThat(conflict.values()).extracting(Conflict.Value::value).contains("March 7", "March 8"));
    Conflict.Value march8 = answer.conflicts().getFirst().values().stream()
        .filter(v -> v.value().equals("March 8")).findFirst().orElseThrow();
    assertThat(march8.sources()).allSatisfy(ref -> assertThat(text(answer.sources().get(ref - 1))).contains("march 8"));
  }

  @Test
  void aQuestionInOtherWordsThanTheArticlesIsAnswered() {
    Answer answer = newsbot.ask("Which militant group took responsibility?");

    assertThat(answer.answered()).isTrue();
    assertThat(answer.notes()).isEmpty();
    assertThat(answer.claims().subList(0, Math.min(3, answer.claims().size())))
        .anySatisfy(claim -> assertThat(claim.text()).containsAnyOf("Islamic State", "ISIS-K", "Isis-K", "IV-K"));
  }

  @Test
  void aGreetingAndAMentionDoNotChangeTheAnswer() {
    Answer plain = newsbot.ask("Who claimed responsibility for the Crocus City Hall attack?");
    Answer greeted = newsbot.ask("hey @newsbot who claimed responsibility for the Crocus City Hall attack?");

    assertThat(greeted.answered()).isTrue();
    assertThat(greeted.claims().getFirst().text()).isEqualTo(plain.claims().getFirst().text());
  }

  @Test
  void aMisspelledWordIsReadAsTheArticlesWriteIt() {
    Answer answer = newsbot.ask("Who claimed responsibilty for the Crocus City Hall atack?");

    assertThat(answer.answered()).isTrue();
    assertThat(answer.notes()).contains("(read 'responsibilty' as 'responsibility')", "(read 'atack' as 'attack')");
    assertThat(answer.text()).startsWith("(read 'responsibilty' as 'responsibility')");
    assertThat(answer.claims()).anySatisfy(claim -> assertThat(claim.text()).contains("Islamic State"));
  }

  @Test
  void questionsTheArticlesDoNotAnswerAreDeclined() {
    for (String question : List.of("What is the capital of Australia?", "Who won the 2018 football World Cup?")) {
      Answer answer = newsbot.ask(question);
      assertThat(answer.answered()).as(question).isFalse();
      assertThat(answer.claims()).isEmpty();
      assertThat(answer.text()).contains("don't say");
    }
  }

  @Test
  void everyClaimIsASentenceOfTheArticlesItCites() {
    for (String question : List.of("Who claimed responsibility for the Crocus City Hall attack?",
        "How many people died?", "What did Iran warn Russia about?")) {
      Answer answer = newsbot.ask(question);
      assertThat(answer.answered()).as(question).isTrue();
      for (Claim claim : answer.claims()) {
        assertThat(claim.sources()).isNotEmpty();
        assertThat(text(answer.sources().get(claim.sources().getFirst() - 1)))
            .contains(normalize(claim.text()));
      }
    }
  }

  @Test
  void aMonthInTheQuestionKeepsToArticlesPublishedThen() {
    Answer answer = newsbot.ask("What did US intelligence share with Russia in March 2024?");

    assertThat(answer.answered()).isTrue();
    assertThat(answer.sources()).allSatisfy(source ->
        assertThat(source.published()).isBetween(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)));
  }

  @Test
  void sinceADatePrefersLaterArticlesAndAnEmptyPeriodIsSaidPlainly() {
    Answer since = newsbot.ask("What did the Washington Post report about the warning since April 3, 2024?");
    assertThat(since.sources()).isNotEmpty()
        .allSatisfy(source -> assertThat(source.published()).isAfterOrEqualTo(LocalDate.of(2024, 4, 3)));

    // nothing was published since then: the best earlier report is given with its date said plainly
    Answer later = newsbot.ask("What did the Washington Post report about the warning since May 2025?");
    assertThat(later.answered()).isTrue();
    assertThat(later.notes()).singleElement().satisfies(note ->
        assertThat(note).startsWith("Nothing published since 2025-05-01 says; on 2024-").endsWith("reported:"));
    assertThat(later.sources()).allSatisfy(source ->
        assertThat(source.published() == null || source.published().isBefore(LocalDate.of(2025, 5, 1))).isTrue());
  }

  @Test
  void theLatestPutsTheNewestReportFirst() {
    Answer answer = newsbot.ask("What is the latest on the US warning to Russia about Crocus City Hall?");

    assertThat(answer.answered()).isTrue();
    LocalDate first = answer.sources().get(answer.claims().getFirst().sources().getFirst() - 1).published();
    assertThat(answer.sources()).allSatisfy(source ->
        assertThat(source.published() == null || !source.published().isAfter(first)).isTrue());
  }

  /** The cited file's text, normalised as {@link #normalize} does. */
  private static String text(SourceRef source) {
    try {
      return normalize(Files.readString(Path.of(URI.create(source.url())), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String normalize(String text) {
    return text.replace('\u00a0', ' ').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
