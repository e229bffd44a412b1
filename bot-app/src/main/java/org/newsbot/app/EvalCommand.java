package org.newsbot.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.newsbot.Newsbot;
import org.newsbot.eval.EvalReport;
import org.newsbot.eval.Evaluation;
import org.newsbot.eval.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Measures answer quality over a question set. */
@Command(name = "eval", description = {"Run a question set (JSON Lines: question, expect_any, supporting,"
    + " negative, as_of) and print right-answer rate, citation support, abstention, answer length,"
    + " conflict figures and the coverage/precision curve."})
final class EvalCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Parameters(paramLabel = "FILE", description = "the question set")
  Path file;

  @Option(names = "--show-failures", description = "print each question answered wrongly, with its answer")
  boolean showFailures;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "what 'today' means for questions without their own as_of (YYYY-MM-DD)")
  LocalDate asOf;

  @Override
  public Integer call() throws Exception {
    var questions = Evaluation.read(file);
    try (Newsbot newsbot = main.open()) {
      var engine = newsbot.answers();
      EvalReport report = Evaluation.run(questions, engine::attempt, engine.threshold(), asOf);
      if (showFailures) {
        for (Verdict failure : report.failures()) {
          System.out.println("FAILED " + (failure.question().negative() ? "(should abstain) " : "")
              + (failure.answered() ? "" : "(declined) ") + failure.question().question() + "  expected any of "
              + failure.question().expectAny());
          System.out.printf("  confidence %.3f%n", failure.answer().confidence());
          System.out.println("  " + failure.answer().text().replace("\n", "\n  "));
          System.out.println();
        }
      }
      System.out.println(report.summary());
    }
    return 0;
  }
}
