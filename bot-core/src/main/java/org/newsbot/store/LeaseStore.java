package org.newsbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Leases that let one of several newsbot instances on a database do a piece of work at a time. A
 * lease is a row with its owner and expiry: taking it succeeds when nobody holds it or its
 * holder's time ran out, so the work of an instance that died is taken over once its lease
 * expires. Instances compare expiries with their own clocks, which must agree to well within a
 * lease's length (NTP).
 */
public final class LeaseStore {
  private final DataSource dataSource;
  private final Clock clock;

  public LeaseStore(Database database) {
    this(database.dataSource(), Clock.systemUTC());
  }

  public LeaseStore(Database database, Clock clock) {
    this(database.dataSource(), clock);
  }

  LeaseStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** Who holds a lease and until when. */
  public record Lease(String name, String owner, Instant expiresAt) {}

  /**
   * Takes the lease {@code name} for {@code owner} for {@code length}, or extends it when the owner
   * holds it already. False when another owner holds it and its time has not run out.
   */
  public boolean acquire(String name, String owner, Duration length) {
    Instant now = clock.instant();
    Instant until = now.plus(length);
    return Jdbc.query(dataSource, "taking the lease " + name, connection -> {
      // an expired lease or our own: one conditional update decides, under the row's lock
      try (PreparedStatement take = connection.prepareStatement(
          "UPDATE instance_leases SET owner = ?, expires_at = ? WHERE name = ? AND (owner = ? OR expires_at <= ?)")) {
        take.setString(1, owner);
        take.setObject(2, Jdbc.timestamp(until));
        take.setString(3, name);
        take.setString(4, owner);
        take.setObject(5, Jdbc.timestamp(now));
        if (take.executeUpdate() == 1) {
          return true;
        }
      }
      // nobody holds it: the first insert wins, any other fails on the primary key
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO instance_leases (name, owner, expires_at) VALUES (?, ?, ?)")) {
        insert.setString(1, name);
        insert.setString(2, owner);
        insert.setObject(3, Jdbc.timestamp(until));
        insert.executeUpdate();
        return true;
      } catch (SQLException e) {
        if (Jdbc.isUniqueViolation(e)) {
          return false;
        }
        throw e;
      }
    });
  }

  /** Extends a lease the owner still holds; false when it has lost it (expired and taken). */
  public boolean renew(String name, String owner, Duration length) {
    Instant until = clock.instant().plus(length);
    return Jdbc.query(dataSource, "renewing the lease " + name, connection -> {
      try (PreparedStatement renew = connection.prepareStatement(
          "UPDATE instance_leases SET expires_at = ? WHERE name = ? AND owner = ?")) {
        renew.setObject(1, Jdbc.timestamp(until));
        renew.setString(2, name);
        renew.setString(3, owner);
        return renew.executeUpdate() == 1;
      }
    });
  }

  /** Gives a lease up, if the owner still holds it. */
  public void release(String name, String owner) {
    Jdbc.query(dataSource, "releasing the lease " + name, connection -> {
      try (PreparedStatement delete = connection.prepareStatement(
          "DELETE FROM instance_leases WHERE name = ? AND owner = ?")) {
        delete.setString(1, name);
        delete.setString(2, owner);
        return delete.executeUpdate();
      }
    });
  }

  /** The lease {@code name} as it stands, expired or not. */
  public Optional<Lease> find(String name) {
    return Jdbc.query(dataSource, "reading the lease " + name, connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT owner, expires_at FROM instance_leases WHERE name = ?")) {
        select.setString(1, name);
        try (ResultSet rs = select.executeQuery()) {
          return rs.next()
              ? Optional.of(new Lease(name, rs.getString(1), Jdbc.instant(rs.getObject(2))))
              : Optional.<Lease>empty();
        }
      }
    });
  }
}
