package org.newsbot.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsbot.Newsbot;
import org.newsbot.eval.EvalQuestion;
import org.newsbot.eval.Evaluation;
import org.newsbot.eval.ModelFitting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Fits the answer model's weights and threshold on question sets over the indexed articles. */
@Command(name = "fit", description = {"Fit the answer model (feature weights and the confidence threshold) on"
    + " question sets, and write it as a model file; the data folder must hold the sets' articles."})
final class FitCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Parameters(arity = "1..*", paramLabel = "SET", description = "question sets (JSON Lines, as for eval)")
  List<Path> sets;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "the model file to write")
  Path out;

  @Option(names = "--version", paramLabel = "NAME", description = "the model's version, shown by ask --explain")
  String version = "fitted";

  @Override
  public Integer call() throws Exception {
    List<EvalQuestion> questions = new ArrayList<>();
    for (Path set : sets) {
      questions.addAll(Evaluation.read(set));
    }
    try (Newsbot newsbot = main.open()) {
      ModelFitting.Fitted fitted = ModelFitting.fit(newsbot.answers(), questions, System.err::println);
      String names = sets.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "));
      Files.writeString(out, fitted.properties(version, names), StandardCharsets.UTF_8);
      System.out.printf("fitted on %d questions, %d candidate claims (%d right); threshold %.2f%n",
          questions.size(), fitted.rows(), fitted.positives(), fitted.threshold());
      System.out.print(fitted.thresholdReport());
      System.out.println("wrote " + out);
    }
    return 0;
  }
}
