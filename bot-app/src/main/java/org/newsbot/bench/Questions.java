package org.newsbot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions of the kinds people ask, made from articles' titles and sentences: what happened,
 * how many, when, who said, what about; and one in eight that no news article answers.
 */
final class Questions {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\"'A-Z])");
  private static final Pattern COUNTED = Pattern.compile(
      "\\b\\d[\\d,.]*\\s+(?:(?:mln|million|billion|bln|thousand|hundred)\\s+)?([a-z]{3,})\\b");
  private static final Set<String> STOP = Set.of("the", "and", "for", "from", "with", "that", "this", "was",
      "were", "are", "has", "have", "had", "said", "says", "will", "would", "could", "its", "their", "they",
      "his", "her", "which", "who", "what", "when", "where", "about", "after", "before", "into", "than",
      "also", "been", "but", "not", "per", "pct", "percent", "cent", "dlrs", "mln", "billion", "million",
      "over", "under", "between", "last", "year", "years", "week", "update");
  private static final List<String> OFF_TOPIC = List.of(
      "What is the capital of Australia?",
      "How do I bake sourdough bread at home?",
      "Who won the chess olympiad on the Moon?",
      "What is the boiling point of liquid nitrogen in a pressure cooker?",
      "How many moons does the planet Zeltron have?",
      "When will the first hotel open on Mars?",
      "Who painted the ceiling of my kitchen?",
      "What is the best way to learn the ukulele?",
      "How tall is the tallest sunflower in Quendor?",
      "Which programming language do dolphins prefer?");
  private static final String[] SYLLABLES = {"zor", "vex", "qua", "lin", "thar", "mok", "spiv", "dre", "oon", "gral"};

  private Questions() {}

  static List<String> make(List<ArticleSample.Article> articles, int count, long seed) {
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no articles to make questions from");
    }
    Random random = new Random(seed);
    List<String> questions = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      if (i % 8 == 7) {
        questions.add(unanswerable(random));
        continue;
      }
      ArticleSample.Article article = articles.get(random.nextInt(articles.size()));
      String question = switch (i % 8) {
        case 0, 5 -> whatHappened(article);
        case 1, 6 -> howMany(article, random);
        case 2 -> when(article);
        case 3 -> whoSaid(article, random);
        default -> whatAbout(article, random);
      };
      questions.add(question != null ? question : whatHappened(article));
    }
    return questions;
  }

  private static String whatHappened(ArticleSample.Article article) {
    List<String> words = titleWords(article, 6);
    if (words.isEmpty()) {
      words = contentWords(firstSentence(article), 6, null);
    }
    return "What happened with " + String.join(" ", words) + "?";
  }

  private static String when(ArticleSample.Article article) {
    List<String> words = titleWords(article, 5);
    return words.isEmpty() ? null : "When did " + String.join(" ", words) + " happen?";
  }

  private static String howMany(ArticleSample.Article article, Random random) {
    List<String> candidates = new ArrayList<>();
    for (String sentence : sentences(article)) {
      if (COUNTED.matcher(sentence).find()) {
        candidates.add(sentence);
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    String sentence = candidates.get(random.nextInt(candidates.size()));
    Matcher counted = COUNTED.matcher(sentence);
    String unit = null;
    while (counted.find()) {
      if (!STOP.contains(counted.group(1))) {
        unit = counted.group(1);
        break;
      }
    }
    if (unit == null) {
      return null;
    }
    List<String> words = contentWords(sentence, 4, unit);
    return "How many " + unit + (words.isEmpty() ? "" : " " + String.join(" ", words)) + "?";
  }

  private static String whoSaid(ArticleSample.Article article, Random random) {
    List<String> saying = sentences(article).stream().filter(s -> s.contains(" said")).toList();
    if (saying.isEmpty()) {
      return null;
    }
    List<String> words = contentWords(saying.get(random.nextInt(saying.size())), 4, null);
    return words.isEmpty() ? null : "Who said " + String.join(" ", words) + "?";
  }

  private static String whatAbout(ArticleSample.Article article, Random random) {
    List<String> sentences = sentences(article);
    if (sentences.isEmpty()) {
      return null;
    }
    List<String> words = contentWords(sentences.get(random.nextInt(sentences.size())), 5, null);
    return words.isEmpty() ? null : "What was reported about " + String.join(" ", words) + "?";
  }

  /** An off-topic question, or one about a made-up name that no article mentions. */
  private static String unanswerable(Random random) {
    if (random.nextBoolean()) {
      return OFF_TOPIC.get(random.nextInt(OFF_TOPIC.size()));
    }
    return "What did " + madeUpName(random) + " say about the " + madeUpName(random).toLowerCase(Locale.ROOT)
        + " treaty?";
  }

  private static String madeUpName(Random random) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** Up to {@code max} title words; shouted titles (wire style) in lower case. */
  private static List<String> titleWords(ArticleSample.Article article, int max) {
    String title = article.title().replaceAll("\\s*\\(update \\d+\\)$", "");
    if (title.equals(title.toUpperCase(Locale.ROOT))) {
      title = title.toLowerCase(Locale.ROOT);
    }
    List<String> words = new ArrayList<>();
    for (String word : title.split("[^\\p{L}\\p{N}'-]+")) {
      if (word.length() > 2 && words.size() < max) {
        words.add(word);
      }
    }
    return words;
  }

  private static List<String> contentWords(String sentence, int max, String except) {
    List<String> words = new ArrayList<>();
    for (String word : sentence.split("[^\\p{L}'-]+")) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (word.length() > 3 && !STOP.contains(lower) && !lower.equals(except) && !words.contains(word)
          && words.size() < max) {
        words.add(word);
      }
    }
    return words;
  }

  private static String firstSentence(ArticleSample.Article article) {
    List<String> sentences = sentences(article);
    return sentences.isEmpty() ? article.body() : sentences.getFirst();
  }

  /** The article's sentences of 6 to 60 words, whitespace made single. */
  static List<String> sentences(ArticleSample.Article article) {
    List<String> sentences = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(article.body().replaceAll("\\s+", " ").strip())) {
      int words = sentence.split(" ").length;
      if (words >= 6 && words <= 60) {
        sentences.add(sentence);
      }
    }
    return sentences;
  }
}
