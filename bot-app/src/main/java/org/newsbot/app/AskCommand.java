package org.newsbot.app;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsbot.Newsbot;
import org.newsbot.answer.Answer;
import org.newsbot.answer.AnswerJson;
import org.newsbot.chat.ChatService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Answers questions on the command line. */
@Command(name = "ask", description = "Answer a question from the indexed articles, citing its sources.")
final class AskCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "the question (words are joined)")
  List<String> words = new ArrayList<>();

  @Option(names = "--json", description = "print one JSON object per answer")
  boolean json;

  @Option(names = "--explain", description = "also print the sentences weighed and their evidence")
  boolean explain;

  @Option(names = "--questions", paramLabel = "FILE", description = {"answer one question per line of FILE:"
      + " plain text, or JSON Lines {\"question\": ..., \"as_of\": \"YYYY-MM-DD\"}"})
  Path questionsFile;

  @Option(names = "--as-of", paramLabel = "DATE", description = "what 'today' means for the questions (YYYY-MM-DD)")
  LocalDate asOf;

  @Override
  public Integer call() throws IOException {
    List<AskedQuestion> questions = new ArrayList<>();
    if (!words.isEmpty()) {
      questions.add(new AskedQuestion(String.join(" ", words), asOf));
    }
    if (questionsFile != null) {
      List<String> lines;
      try {
        lines = Files.readAllLines(questionsFile, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        System.err.println("newsbot ask: no such file: " + questionsFile);
        return 2;
      } catch (CharacterCodingException e) {
        System.err.println("newsbot ask: " + questionsFile + " is not UTF-8 text");
        return 2;
      } catch (IOException e) {
        System.err.println("newsbot ask: cannot read " + questionsFile + " (" + e.getClass().getSimpleName()
            + ")");
        return 2;
      }
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty()) {
          continue;
        }
        try {
          questions.add(AskedQuestion.parse(line, asOf));
        } catch (IllegalArgumentException e) {
          System.err.println("newsbot ask: " + questionsFile + ":" + (i + 1) + ": " + e.getMessage());
          return 2;
        }
      }
    }
    if (questions.isEmpty()) {
      System.err.println("newsbot ask: give a question, or --questions FILE");
      return 2;
    }
    int skipped = 0;
    try (Newsbot newsbot = main.open()) {
      boolean first = true;
      for (AskedQuestion asked : questions) {
        String question = asked.question();
        if (question.length() > ChatService.MAX_QUESTION_CHARS) {
          System.err.println("newsbot ask: question longer than " + ChatService.MAX_QUESTION_CHARS
              + " characters skipped: " + question.substring(0, 60) + "...");
          skipped++;
          continue;
        }
        Answer answer = newsbot.ask(question, asked.asOf());
        if (explain) {
          newsbot.explain(question, asked.asOf()).forEach(line -> System.err.println("  " + line));
        }
        if (json) {
          System.out.println(AnswerJson.write(answer));
        } else {
          if (!first) {
            System.out.println();
          }
          if (questions.size() > 1) {
            System.out.println("Q: " + question);
          }
          System.out.println(answer.text());
        }
        first = false;
      }
    }
    return skipped == 0 ? 0 : 2;
  }
}
