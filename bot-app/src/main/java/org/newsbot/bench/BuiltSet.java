package org.newsbot.bench;

import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The marker a set's data folder keeps of how it was built: from what, the import and embedding
 * figures, and when. With {@code complete} set, a later run reuses the folder instead of building
 * it again; without, the import is done and the embedding resumes where it stopped.
 */
record BuiltSet(String source, BenchReport.Import imported, BenchReport.Embedding embedding, String builtOn,
    boolean complete) {
  static final String FILE = "bench-set.json";

  /** The marker in {@code data}, or null when there is none. */
  static BuiltSet read(Path data) throws IOException {
    Path file = data.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return CorpusFiles.JSON.readValue(file.toFile(), BuiltSet.class);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(file + " is not a bench marker this version reads; delete the folder "
          + data + " to build the set again", e);
    }
  }

  /** Writes the marker whole or not at all, so that a kill leaves the previous one. */
  void write(Path data) throws IOException {
    Path temporary = data.resolve(FILE + ".tmp");
    CorpusFiles.JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), this);
    Files.move(temporary, data.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
