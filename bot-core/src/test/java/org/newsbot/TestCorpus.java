package org.newsbot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsbot.article.Article;
import org.newsbot.article.IncomingArticle;
import org.newsbot.store.ArticleStore;

/** The shared test corpus and small helpers for writing and reading articles in tests. */
public final class TestCorpus {
  public static final String UNDATED_WITH_BOILERPLATE = "003_ad9cb973c98234b4.txt";
  public static final String DATED = "000_fe97139eb36c3643.txt";

  private TestCorpus() {}

  /** The five seed articles in the plain-text format, read from the shared data folder. */
  public static Path seedArticles() {
    String shared = System.getProperty("newsbot.shared");
    if (shared == null) {
      throw new IllegalStateException("the system property newsbot.shared is not set");
    }
    Path seed = Path.of(shared, "corpus", "seed-articles");
    if (!Files.isDirectory(seed)) {
      throw new IllegalStateException("no seed articles in " + seed);
    }
    return seed;
  }

  public static Path seedFile(String name) {
    return seedArticles().resolve(name);
  }

  /** The {@code file:} URLs of every seed article. */
  public static List<String> seedUrls() {
    try (var files = Files.list(seedArticles())) {
      return files.map(file -> file.toAbsolutePath().normalize().toUri().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path write(Path dir, String name, String text) {
    return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
  }

  public static Path write(Path dir, String name, byte[] bytes) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<Article> all(ArticleStore store) {
    List<Article> all = new ArrayList<>();
    store.forEach(all::add);
    return all;
  }

  /** Stored articles by the last segment of their URL's path (the file name of a file: URL). */
  public static Map<String, Article> byFileName(ArticleStore store) {
    Map<String, Article> byName = new LinkedHashMap<>();
    for (Article article : all(store)) {
      String path = java.net.URI.create(article.url()).getPath();
      byName.put(path.substring(path.lastIndexOf('/') + 1), article);
    }
    return byName;
  }

  public static IncomingArticle incoming(String url, String title, String body) {
    return new IncomingArticle(null, "Test Outlet", url, title, null, "en", body);
  }
}
