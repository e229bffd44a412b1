package org.newsbot.testing;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.junit.jupiter.api.Assumptions;
import org.newsbot.NewsbotSettings;
import org.newsbot.store.Database;

/**
 * A fresh, empty database for one test, on H2 (a file in the test's folder) or on PostgreSQL (a
 * schema of its own in the server that {@value #URL_VARIABLE} names, dropped afterwards).
 *
 * <p>Without that variable the PostgreSQL variants are skipped, saying so; {@code .ci/run} starts
 * a throwaway server and sets it, and under CI a missing server fails the test instead.
 */
public final class TestDatabase implements AutoCloseable {
  public static final String URL_VARIABLE = "NEWSBOT_TEST_POSTGRES_URL";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The databases newsbot runs on. */
  public enum Backend { H2, POSTGRES }

  private final Backend backend;
  private final String url;
  private final String serverUrl;
  private final String schema;

  private TestDatabase(Backend backend, String url, String serverUrl, String schema) {
    this.backend = backend;
    this.url = url;
    this.serverUrl = serverUrl;
    this.schema = schema;
  }

  /**
   * A new empty database: on H2 the embedded file database in {@code dir} (as newsbot opens it by
   * default), on PostgreSQL a new schema. Skips the test when PostgreSQL is not available.
   */
  public static TestDatabase create(Backend backend, Path dir) {
    if (backend == Backend.H2) {
      return new TestDatabase(backend, Database.embeddedUrl(dir), null, null);
    }
    String server = postgresUrl();
    String schema = "t_" + HexFormat.of().formatHex(bytes(6));
    try (Connection connection = DriverManager.getConnection(server);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a schema in the test PostgreSQL at " + server + ": "
          + e.getMessage(), e);
    }
    String separator = server.contains("?") ? "&" : "?";
    return new TestDatabase(backend, server + separator + "currentSchema=" + schema, server, schema);
  }

  /** The server's URL; skips the calling test when there is none (a developer without PostgreSQL). */
  public static String postgresUrl() {
    String server = System.getenv(URL_VARIABLE);
    if (server == null || server.isBlank()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(URL_VARIABLE + " is not set: CI must run the PostgreSQL tests"
            + " (.ci/run starts a server)");
      }
      Assumptions.abort("PostgreSQL tests skipped: set " + URL_VARIABLE
          + " to a jdbc:postgresql:// URL (.ci/postgres start DIR prints one) to run them");
    }
    return server.strip();
  }

  private static byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  public Backend backend() {
    return backend;
  }

  /** The JDBC URL of this test's database; credentials, if any, are part of it. */
  public String url() {
    return url;
  }

  /** Opens the database, migrated. */
  public Database open() {
    return Database.open(url, null, null);
  }

  /** newsbot on this database with its data folder (index) in {@code dataDir}. */
  public NewsbotSettings settings(Path dataDir) {
    return new NewsbotSettings(dataDir, url, null, null);
  }

  @Override
  public void close() {
    if (schema == null) {
      return;
    }
    try (Connection connection = DriverManager.getConnection(serverUrl);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      // a leftover schema in a throwaway server harms nothing
    }
  }
}
