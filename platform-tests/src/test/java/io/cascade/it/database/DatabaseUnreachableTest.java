package io.cascade.it.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.it.support.PlatformSession;
import io.cascade.launcher.ManagedProcess;
import io.cascade.launcher.PlatformStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import org.junit.jupiter.api.Test;

/** A second WildFly of the built server, started against a database that is not there. */
class DatabaseUnreachableTest {

  private static final String MISSING_DB = "jdbc:postgresql://localhost:1/cascade";

  @Test
  void startingWithoutTheDatabaseLogsItsUrlAndWhatToCheck() throws Exception {
    PlatformStack stack = PlatformSession.stack();
    Path baseDir =
        stack.prepareServerBaseDir(Path.of("target/wildfly-no-database").toAbsolutePath());
    var env = new HashMap<>(stack.wildflyEnvironment());
    env.put("DB_URL", MISSING_DB);

    try (ManagedProcess server = stack.startWildFly(baseDir, env, 20_000, "wildfly-no-database")) {
      String line =
          awaitLogLine(server.log(), "Cannot prepare the platform database", Duration.ofMinutes(3));

      assertThat(line)
          .contains(MISSING_DB)
          .contains("Check that PostgreSQL is running")
          .contains("DB_URL");
    }
  }

  private static String awaitLogLine(Path log, String text, Duration timeout) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (Files.exists(log)) {
        for (String line : Files.readAllLines(log)) {
          if (line.contains(text)) {
            return line;
          }
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("No log line with '" + text + "' in " + log + " within " + timeout);
  }
}
