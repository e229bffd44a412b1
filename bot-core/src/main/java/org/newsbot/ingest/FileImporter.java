package org.newsbot.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsbot.article.IncomingArticle;
import org.newsbot.article.Source;
import org.newsbot.store.ArticleStore;
import org.newsbot.store.SourceStore;

/**
 * Imports article files and folders: plain-text articles ({@code .txt}) and JSON Lines
 * ({@code .jsonl}). Each file is a {@code file:} URL, so importing it again adds nothing. A
 * malformed file or line is reported and skipped; the rest imports.
 */
public final class FileImporter {
  private static final int BATCH = 500;
  private static final long MAX_TEXT_FILE_BYTES = 8L << 20;

  private final ArticleStore articles;
  private final SourceStore sources;
  private final Clock clock;

  public FileImporter(ArticleStore articles, SourceStore sources) {
    this(articles, sources, Clock.systemUTC());
  }

  /** @param clock what "now" is when a publication date is judged too far in the future */
  public FileImporter(ArticleStore articles, SourceStore sources, Clock clock) {
    this.articles = articles;
    this.sources = sources;
    this.clock = clock;
  }

  public ImportReport importPaths(List<Path> paths) {
    Run run = new Run();
    for (Path path : paths) {
      Path absolute = path.toAbsolutePath().normalize();
      if (!Files.exists(absolute)) {
        run.problems.add(new ImportReport.Problem(path.toString(), 0, "no such file or folder",
            ImportReport.Kind.UNREADABLE));
        continue;
      }
      Source source = sources.ensure(Source.Kind.FILE, absolute.toUri().toString(),
          absolute.getFileName() == null ? absolute.toString() : absolute.getFileName().toString(), null);
      for (Path file : filesUnder(absolute, run)) {
        importFile(file, source.id(), run);
      }
    }
    run.flush();
    return new ImportReport(run.files, run.added, run.revised, run.unchanged, run.problems, run.warnings);
  }

  private static List<Path> filesUnder(Path path, Run run) {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile)
          .filter(file -> !file.getFileName().toString().startsWith("."))
          .filter(file -> format(file) != null)
          .sorted()
          .toList();
    } catch (IOException e) {
      run.problems.add(new ImportReport.Problem(path.toString(), 0, "cannot list: " + e.getMessage(),
          ImportReport.Kind.UNREADABLE));
      return List.of();
    }
  }

  private enum Format { TEXT, JSON_LINES }

  private static Format format(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return Format.TEXT;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Format.JSON_LINES;
    }
    return null;
  }

  private void importFile(Path file, long sourceId, Run run) {
    Format format = format(file);
    if (format == null) {
      run.problems.add(new ImportReport.Problem(file.toString(), 0,
          "not an article file (expected .txt or .jsonl)"));
      return;
    }
    run.files++;
    try {
      if (format == Format.TEXT) {
        importText(file, sourceId, run);
      } else {
        importJsonLines(file, sourceId, run);
      }
    } catch (NoSuchFileException e) {
      run.problems.add(new ImportReport.Problem(file.toString(), 0, "no such file", ImportReport.Kind.UNREADABLE));
    } catch (AccessDeniedException e) {
      run.problems.add(new ImportReport.Problem(file.toString(), 0, "cannot read: permission denied",
          ImportReport.Kind.UNREADABLE));
    } catch (IOException e) {
      run.problems.add(new ImportReport.Problem(file.toString(), 0, "cannot read: " + e.getMessage(),
          ImportReport.Kind.UNREADABLE));
    }
  }

  private void importText(Path file, long sourceId, Run run) throws IOException {
    if (Files.size(file) > MAX_TEXT_FILE_BYTES) {
      run.problems.add(new ImportReport.Problem(file.toString(), 0,
          "larger than " + (MAX_TEXT_FILE_BYTES >> 20) + " MB, not an article"));
      return;
    }
    byte[] bytes = Files.readAllBytes(file);
    String content;
    try {
      content = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      run.problems.add(new ImportReport.Problem(file.toString(), lineOfFirstNonUtf8(bytes), "not UTF-8 text"));
      return;
    }
    try {
      run.add(ColumnLimits.fit(TextArticleFormat.parse(file.toUri().toString(), content, sourceId, clock,
          warning -> run.warn(file, 1, warning)), 1));
    } catch (MalformedArticleException e) {
      run.problems.add(new ImportReport.Problem(file.toString(), e.line(), e.getMessage()));
    }
  }

  /** The 1-based line of the first byte that is not UTF-8. */
  private static int lineOfFirstNonUtf8(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // stops at the first malformed byte; UTF-8 never decodes to more chars than it has bytes
    StandardCharsets.UTF_8.newDecoder().decode(in, CharBuffer.allocate(bytes.length), true);
    int line = 1;
    for (int i = 0; i < in.position(); i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Reads lines as bytes, so that a line that is not UTF-8 is reported alone and the rest imports. */
  private void importJsonLines(Path file, long sourceId, Run run) throws IOException {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
    try (InputStream in = Files.newInputStream(file)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      byte[] chunk = new byte[1 << 16];
      int number = 0;
      for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
        int start = 0;
        for (int i = 0; i < read; i++) {
          if (chunk[i] == '\n') {
            line.write(chunk, start, i - start);
            importJsonLine(file, line.toByteArray(), ++number, utf8, sourceId, run);
            line.reset();
            start = i + 1;
          }
        }
        line.write(chunk, start, read - start);
      }
      if (line.size() > 0) {
        importJsonLine(file, line.toByteArray(), ++number, utf8, sourceId, run);
      }
    }
  }

  private void importJsonLine(Path file, byte[] bytes, int number, CharsetDecoder utf8, long sourceId,
      Run run) {
    String line;
    try {
      line = utf8.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      run.problems.add(new ImportReport.Problem(file.toString(), number, "not UTF-8 text"));
      return;
    }
    if (number == 1 && line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    if (line.isBlank()) {
      return;
    }
    try {
      run.add(ColumnLimits.fit(JsonLinesFormat.parse(file.toUri().toString(), line, number, sourceId, clock,
          warning -> run.warn(file, number, warning)), number));
    } catch (MalformedArticleException e) {
      run.problems.add(new ImportReport.Problem(file.toString(), e.line(), e.getMessage()));
    }
  }

  /** Counts and a pending batch for one import. */
  private final class Run {
    final List<ImportReport.Problem> problems = new ArrayList<>();
    final List<ImportReport.Problem> warnings = new ArrayList<>();
    final List<IncomingArticle> pending = new ArrayList<>();
    int files;
    int added;
    int revised;
    int unchanged;

    void warn(Path file, int line, String message) {
      warnings.add(new ImportReport.Problem(file.toString(), line, message, ImportReport.Kind.WARNING));
    }

    void add(IncomingArticle article) {
      pending.add(article);
      if (pending.size() >= BATCH) {
        flush();
      }
    }

    void flush() {
      if (pending.isEmpty()) {
        return;
      }
      for (ArticleStore.Saved saved : articles.save(dedupeByUrl(pending))) {
        switch (saved.outcome()) {
          case ADDED -> added++;
          case REVISED -> revised++;
          case UNCHANGED -> unchanged++;
        }
      }
      pending.clear();
    }
  }

  /** Within one batch the last copy of a URL wins, as it would across batches. */
  private static List<IncomingArticle> dedupeByUrl(List<IncomingArticle> batch) {
    java.util.LinkedHashMap<String, IncomingArticle> byUrl = new java.util.LinkedHashMap<>();
    for (IncomingArticle article : batch) {
      byUrl.remove(article.url());
      byUrl.put(article.url(), article);
    }
    return List.copyOf(byUrl.values());
  }
}
