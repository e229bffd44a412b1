package org.newsbot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The connection pool to the database that holds the truth, migrated to the current schema on open. */
public final class Database implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final String url;

  private Database(HikariDataSource dataSource, String url) {
    this.dataSource = dataSource;
    this.url = url;
  }

  /**
   * The embedded default: an H2 file database in {@code dataDir}, opened by one process only (the
   * data folder's owner; other commands go through it). WRITE_DELAY=0 writes each commit to the file
   * before the commit returns, so a process killed right after a commit keeps it (with H2's default
   * delay the last second of commits is lost). FILE_LOCK=FS locks the file through the operating
   * system, which releases the lock when the process dies however it dies. DB_CLOSE_ON_EXIT=FALSE
   * leaves closing to newsbot, which stops its pollers and senders first.
   */
  public static String embeddedUrl(Path dataDir) {
    return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("newsbot")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;FILE_LOCK=FS"
        + ";DB_CLOSE_ON_EXIT=FALSE";
  }

  /** Opens a pool on {@code url} and applies any pending migrations. */
  public static Database open(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    if (user != null) {
      config.setUsername(user);
    }
    if (password != null) {
      config.setPassword(password);
    }
    config.setPoolName("newsbot-db");
    config.setMaximumPoolSize(8);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(15_000);
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreException("cannot open the database at " + redact(url) + ": " + rootMessage(e), e);
    }
    try {
      // out of order: a migration numbered below one already applied (features built side by side
      // take numbers of their own) is still applied, not refused
      Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").outOfOrder(true)
          .load().migrate();
    } catch (RuntimeException e) {
      dataSource.close();
      throw new StoreException("cannot migrate the database at " + redact(url) + ": " + rootMessage(e), e);
    }
    return new Database(dataSource, url);
  }

  /**
   * Forces what has been committed onto the storage device, for the end of an import: H2 writes
   * every commit to its file at once, where a killed process cannot lose it, and this also survives
   * a power cut. PostgreSQL does so at every commit by itself.
   */
  public void syncToDisk() {
    if (!url.startsWith("jdbc:h2:file:")) {
      return;
    }
    try (Connection connection = connection(); var statement = connection.createStatement()) {
      statement.execute("CHECKPOINT SYNC");
    } catch (SQLException e) {
      throw new StoreException("cannot write the database to disk: " + e.getMessage(), e);
    }
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public Connection connection() throws SQLException {
    return dataSource.getConnection();
  }

  /** The JDBC URL without credentials that may be embedded in it. */
  public String describe() {
    return redact(url);
  }

  static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
