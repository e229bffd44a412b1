package org.newsbot;

import java.nio.file.Path;
import java.util.Objects;
import org.newsbot.answer.wording.LlmSettings;

/**
 * Where newsbot keeps its data: a data folder (search index, and the embedded database unless a
 * JDBC URL names another). {@code llm}, when set, is the chat endpoint that rewords answers; null
 * (the default) keeps answers extractive.
 */
public record NewsbotSettings(Path dataDir, String databaseUrl, String databaseUser,
    String databasePassword, boolean semanticSearch, LlmSettings llm) {

  public NewsbotSettings {
    Objects.requireNonNull(dataDir, "dataDir");
  }

  /** Settings without generative wording. */
  public NewsbotSettings(Path dataDir, String databaseUrl, String databaseUser, String databasePassword,
      boolean semanticSearch) {
    this(dataDir, databaseUrl, databaseUser, databasePassword, semanticSearch, null);
  }

  /** These settings with answers reworded through {@code llm} (null: not reworded). */
  public NewsbotSettings withLlm(LlmSettings llm) {
    return new NewsbotSettings(dataDir, databaseUrl, databaseUser, databasePassword, semanticSearch, llm);
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
        + ", databaseUser=" + databaseUser + ", semanticSearch=" + semanticSearch + ", llm=" + llm + "]";
  }
}
