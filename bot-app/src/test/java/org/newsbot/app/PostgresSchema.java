package org.newsbot.app;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh schema for one test in the PostgreSQL server that NEWSBOT_TEST_POSTGRES_URL names,
 * dropped afterwards. Without the variable the test is skipped, saying so; under CI it fails.
 */
final class PostgresSchema implements AutoCloseable {
  static final String URL_VARIABLE = "NEWSBOT_TEST_POSTGRES_URL";

  private final String server;
  private final String schema;

  private PostgresSchema(String server, String schema) {
    this.server = server;
    this.schema = schema;
  }

  static PostgresSchema create() throws SQLException {
    String server = System.getenv(URL_VARIABLE);
    if (server == null || server.isBlank()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(URL_VARIABLE + " is not set: CI must run the PostgreSQL tests"
            + " (.ci/run starts a server)");
      }
      Assumptions.abort("PostgreSQL tests skipped: set " + URL_VARIABLE
          + " to a jdbc:postgresql:// URL (.ci/postgres start DIR prints one) to run them");
    }
    byte[] random = new byte[6];
    new SecureRandom().nextBytes(random);
    String schema = "t_" + HexFormat.of().formatHex(random);
    try (Connection connection = DriverManager.getConnection(server.strip());
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    }
    return new PostgresSchema(server.strip(), schema);
  }

  /** The JDBC URL of this schema. */
  String url() {
    return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @Override
  public void close() {
    try (Connection connection = DriverManager.getConnection(server);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      // a leftover schema in a throwaway server harms nothing
    }
  }
}
