package org.newsbot.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The questions the bench asks: those of the project's question sets, every {@code *.jsonl} in a
 * folder, one JSON object a line with a "question" and an optional "as_of" date (what "today"
 * means for it). Other fields (expected answers, sources) are the evaluation's, not the bench's.
 */
final class QuestionSets {
  /** A question, the set (file name without .jsonl) it comes from, and its "as of" date or null. */
  record Question(String set, String text, LocalDate asOf) {}

  private QuestionSets() {}

  /** Every question of every set in {@code folder}, sets in file-name order, lines in file order. */
  static List<Question> read(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("no question-set folder " + folder.toAbsolutePath().normalize()
          + "; set --question-sets");
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(file -> file.getFileName().toString().endsWith(".jsonl") && Files.isRegularFile(file))
          .sorted()
          .toList();
    }
    List<Question> questions = new ArrayList<>();
    for (Path file : files) {
      questions.addAll(readSet(file));
    }
    if (questions.isEmpty()) {
      throw new IllegalArgumentException("no questions in " + folder.toAbsolutePath().normalize()
          + ": it needs .jsonl files with a \"question\" on each line");
    }
    return questions;
  }

  private static List<Question> readSet(Path file) throws IOException {
    String set = file.getFileName().toString().replaceFirst("\\.jsonl$", "");
    List<Question> questions = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (!line.isBlank()) {
          questions.add(question(set, line, file, number));
        }
      }
    }
    return questions;
  }

  private static Question question(String set, String line, Path file, int number) {
    JsonNode node;
    try {
      node = CorpusFiles.JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw unreadable(file, number, "is not a JSON object");
    }
    JsonNode question = node.get("question");
    if (question == null || !question.isTextual() || question.asText().isBlank()) {
      throw unreadable(file, number, "has no \"question\" text");
    }
    JsonNode asOf = node.get("as_of");
    if (asOf == null || asOf.isNull()) {
      return new Question(set, question.asText(), null);
    }
    try {
      return new Question(set, question.asText(), LocalDate.parse(asOf.asText()));
    } catch (DateTimeParseException e) {
      throw unreadable(file, number, "has an \"as_of\" that is not a date such as 2024-03-31: \""
          + asOf.asText() + "\"");
    }
  }

  private static IllegalArgumentException unreadable(Path file, int line, String problem) {
    return new IllegalArgumentException("line " + line + " of " + file + " " + problem);
  }

  /**
   * {@code count} questions in an order shuffled by {@code seed}: each question once before any
   * comes again, as many rounds as it takes.
   */
  static List<Question> draw(List<Question> questions, int count, long seed) {
    Random random = new Random(seed);
    List<Question> drawn = new ArrayList<>(count);
    List<Question> round = new ArrayList<>(questions);
    while (drawn.size() < count) {
      Collections.shuffle(round, random);
      drawn.addAll(round.subList(0, Math.min(round.size(), count - drawn.size())));
    }
    return drawn;
  }
}
