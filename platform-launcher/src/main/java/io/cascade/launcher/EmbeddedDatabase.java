package io.cascade.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/** A real PostgreSQL from Maven Central binaries (zonky), with the platform's database and user. */
final class EmbeddedDatabase implements AutoCloseable {

  static final String DATABASE = "cascade";
  static final String USER = "cascade";
  static final String PASSWORD = "cascade";

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static EmbeddedDatabase start(int port, Path dataDir, boolean keepData) throws IOException {
    var builder =
        EmbeddedPostgres.builder()
            .setPort(port)
            .setCleanDataDirectory(!keepData)
            // the library turns it off for speed; a callback answered 200 must survive a crash
            .setServerConfig("synchronous_commit", "on");
    if (dataDir != null) {
      Files.createDirectories(dataDir);
      builder.setDataDirectory(dataDir);
    }
    EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
    database.createPlatformDatabase();
    return database;
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
  }

  int port() {
    return postgres.getPort();
  }

  /**
   * The server's main process (the postmaster), so that the run notices when it is gone; empty when
   * it cannot be found. It is the parent of the backend process that serves a connection.
   */
  Optional<ProcessHandle> postmaster() {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      var backend = s.executeQuery("select pg_backend_pid()");
      backend.next();
      return ProcessHandle.of(backend.getLong(1)).flatMap(ProcessHandle::parent);
    } catch (SQLException e) {
      return Optional.empty();
    }
  }

  private void createPlatformDatabase() throws IOException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      var exists = s.executeQuery("select 1 from pg_roles where rolname = '" + USER + "'");
      if (!exists.next()) {
        s.execute("create role " + USER + " login password '" + PASSWORD + "'");
        s.execute("create database " + DATABASE + " owner " + USER);
      }
    } catch (SQLException e) {
      throw new IOException("Could not create the platform database: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
