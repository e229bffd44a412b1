package org.newsbot.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A small corpus folder made up for the bench's tests: a "Reuters" file and one other. */
public final class TinyCorpus {
  private static final String[] PLACES = {"Riverton", "Lakeside", "Hillport", "Northbay", "Stonebridge", "Eastmoor"};
  private static final String[] EVENTS = {"floods", "a fire", "a strike", "an election", "a storm", "a merger"};
  private static final String[] UNITS = {"homes", "workers", "voters", "tonnes", "ships", "families"};
  private static final String[] PEOPLE = {"Mayor Ana Kovac", "Chief John Reyes", "Minister Li Wen", "Director Sam Okafor"};

  private TinyCorpus() {}

  /** Writes {@code reuters} articles (and a line without a body) to reuters21578.jsonl, {@code other} to wire.jsonl. */
  public static Path write(Path folder, int reuters, int other) {
    try {
      Files.createDirectories(folder);
      Random random = new Random(1);
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < reuters; i++) {
        lines.add(article("reuters-" + i, null, random));
      }
      lines.add("{\"id\": \"reuters-empty\", \"title\": \"NO TEXT\", \"body\": null}");
      Files.write(folder.resolve(BenchOptions.REUTERS_FILE), lines);
      List<String> wire = new ArrayList<>();
      for (int i = 0; i < other; i++) {
        wire.add(article("wire-" + i, "https://example.org/wire/" + i, random));
      }
      Files.write(folder.resolve("wire.jsonl"), wire);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes two question sets about the corpus to {@code folder}: "towns.jsonl" (one question with
   * an "as_of") and "elsewhere.jsonl", with questions no article answers; and a file that is not a
   * set. Returns the folder.
   */
  public static Path writeQuestions(Path folder) {
    try {
      Files.createDirectories(folder);
      List<String> towns = new ArrayList<>();
      for (String place : PLACES) {
        towns.add("{\"question\": \"How many million euros in aid did the regional council promise " + place
            + "?\", \"expect_any\": [\"million\"]}");
      }
      towns.add("");
      towns.add("{\"question\": \"Who said the town would need weeks to recover this month?\", \"as_of\": \"2024-03-31\"}");
      Files.write(folder.resolve("towns.jsonl"), towns);
      Files.write(folder.resolve("elsewhere.jsonl"), List.of(
          "{\"question\": \"What is the boiling point of liquid nitrogen?\", \"negative\": true}",
          "{\"question\": \"Which band played the moon festival?\", \"negative\": true}"));
      Files.writeString(folder.resolve("README.txt"), "not a question set\n");
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String article(String id, String url, Random random) throws IOException {
    String place = PLACES[random.nextInt(PLACES.length)];
    String event = EVENTS[random.nextInt(EVENTS.length)];
    String unit = UNITS[random.nextInt(UNITS.length)];
    String person = PEOPLE[random.nextInt(PEOPLE.length)];
    int count = 10 + random.nextInt(900);
    ObjectNode node = CorpusFiles.JSON.createObjectNode();
    node.put("id", id);
    node.put("outlet", "Test Wire");
    node.put("url", url);
    node.put("title", place + " counts the cost of " + event);
    node.put("published", "2024-03-" + String.format("%02d", 1 + random.nextInt(28)));
    node.put("body", "In " + place + ", " + event + " affected " + count + " " + unit + " on Monday, officials said. "
        + person + " said the town would need " + (2 + random.nextInt(20)) + " weeks to recover from " + event + ". "
        + "Residents of " + place + " gathered at the town hall to hear the plans for " + unit + ". "
        + "The regional council promised " + (1 + random.nextInt(9)) + " million euros in aid for " + place + ".");
    return CorpusFiles.JSON.writeValueAsString(node);
  }
}
