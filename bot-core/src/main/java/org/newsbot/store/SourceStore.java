package org.newsbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.newsbot.article.Source;

/** The sources articles come from. */
public final class SourceStore {
  private final DataSource dataSource;
  private final Clock clock;

  public SourceStore(Database database) {
    this.dataSource = database.dataSource();
    this.clock = Clock.systemUTC();
  }

  /** The source with this URL, added now if it is new. */
  public Source ensure(Source.Kind kind, String url, String name, String addedBy) {
    Optional<Source> existing = findByUrl(url);
    if (existing.isPresent()) {
      return existing.get();
    }
    return Jdbc.inTransaction(dataSource, "adding source " + url, connection -> {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO sources (kind, url, name, added_at, added_by) VALUES (?, ?, ?, ?, ?)",
          new String[] {"id"})) {
        OffsetDateTime now = Jdbc.timestamp(clock.instant());
        insert.setString(1, kind.name());
        insert.setString(2, url);
        insert.setString(3, name);
        insert.setObject(4, now);
        insert.setString(5, addedBy);
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          return new Source(keys.getLong(1), kind, url, name, now.toInstant(), addedBy);
        }
      }
    });
  }

  public Optional<Source> findByUrl(String url) {
    return select("SELECT id, kind, url, name, added_at, added_by FROM sources WHERE url = ?", url)
        .stream().findFirst();
  }

  public Optional<Source> find(long id) {
    return Jdbc.query(dataSource, "reading source " + id, connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT id, kind, url, name, added_at, added_by FROM sources WHERE id = ?")) {
        select.setLong(1, id);
        try (ResultSet rs = select.executeQuery()) {
          return rs.next() ? Optional.of(read(rs)) : Optional.<Source>empty();
        }
      }
    });
  }

  /**
   * Removes a source and its polling state. Its articles stay, without a source, so nothing
   * already answerable is lost.
   */
  public boolean remove(long id) {
    return Jdbc.inTransaction(dataSource, "removing source " + id, connection -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sources WHERE id = ?")) {
        delete.setLong(1, id);
        return delete.executeUpdate() > 0;
      }
    });
  }

  public List<Source> list() {
    return select("SELECT id, kind, url, name, added_at, added_by FROM sources ORDER BY id", null);
  }

  private List<Source> select(String sql, String parameter) {
    return Jdbc.query(dataSource, "reading sources", connection -> {
      List<Source> sources = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        if (parameter != null) {
          select.setString(1, parameter);
        }
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            sources.add(read(rs));
          }
        }
      }
      return sources;
    });
  }

  private static Source read(ResultSet rs) throws SQLException {
    return new Source(rs.getLong(1), Source.Kind.valueOf(rs.getString(2)), rs.getString(3),
        rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6));
  }
}
