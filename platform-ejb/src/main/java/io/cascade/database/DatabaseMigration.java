package io.cascade.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings the schema up to date before anything else touches the database. Other startup beans
 * declare {@code @DependsOn("DatabaseMigration")}.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

  /** Set by the server configuration from DB_URL, so the log can name the database. */
  static final String DB_URL_PROPERTY = "platform.db.url";

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "java:jboss/datasources/PlatformDS")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    try {
      var result =
          Flyway.configure(getClass().getClassLoader())
              .dataSource(dataSource)
              .locations("classpath:db/migration")
              .load()
              .migrate();
      LOG.info(
          () ->
              "Database schema at version "
                  + result.targetSchemaVersion
                  + " ("
                  + result.migrationsExecuted
                  + " migrations applied now)");
    } catch (FlywayException e) {
      LOG.log(Level.SEVERE, unreachableMessage(e));
      throw e;
    }
  }

  static String unreachableMessage(Throwable e) {
    return "Cannot prepare the platform database at "
        + System.getProperty(DB_URL_PROPERTY, "(unknown URL)")
        + ": "
        + rootCause(e).getMessage()
        + ". Check that PostgreSQL is running and reachable there, and that DB_URL, DB_USER"
        + " and DB_PASSWORD are right; the platform does not start without its database.";
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
