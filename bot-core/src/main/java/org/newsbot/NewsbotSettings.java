package org.newsbot;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where newsbot keeps its data: a data folder (search index, and the embedded database unless a
 * JDBC URL names another).
 */
public record NewsbotSettings(Path dataDir, String databaseUrl, String databaseUser,
    String databasePassword, boolean semanticSearch) {

  public NewsbotSettings {
    Objects.requireNonNull(dataDir, "dataDir");
  }

  /** Settings with semantic search on (it needs the embedding model, loaded on first use). */
  public NewsbotSettings(Path dataDir, String databaseUrl, String databaseUser, String databasePassword) {
    this(dataDir, databaseUrl, databaseUser, databasePassword, true);
  }

  public static NewsbotSettings embedded(Path dataDir) {
    return new NewsbotSettings(dataDir, null, null, null);
  }

  @Override
  public String toString() {
    return "NewsbotSettings[dataDir=" + dataDir + ", databaseUrl=" + databaseUrl
        + ", databaseUser=" + databaseUser + ", semanticSearch=" + semanticSearch + "]";
  }
}
