package io.cascade.it.support;

import io.cascade.launcher.PlatformStack;
import io.cascade.launcher.StackConfig;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the whole platform once before any test of this module and stops it after the last:
 * embedded PostgreSQL on a free port, Keycloak, the simulator, and WildFly with the EAR on port
 * offset 10000 (http://localhost:18080/). Arquillian connects to that running WildFly.
 */
public class PlatformSession implements LauncherSessionListener {

  public static final int PORT_OFFSET = 10_000;

  private static PlatformStack stack;

  /** The running platform; fails the calling test if it could not start. */
  public static PlatformStack stack() {
    if (stack == null) {
      throw new IllegalStateException("The platform did not start; see the log above");
    }
    return stack;
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (stack != null) {
      return;
    }
    Chromium.ensureInstalled();
    Path repository = Path.of(System.getProperty("cascade.repository", "..")).toAbsolutePath();
    Path workDir = Path.of(System.getProperty("cascade.workDir", "target/stack")).toAbsolutePath();
    StackConfig config =
        new StackConfig(
            repository.normalize(),
            workDir,
            System.getenv("TEST_DB_URL"),
            System.getenv("TEST_DB_USER"),
            System.getenv("TEST_DB_PASSWORD"),
            0,
            false,
            Integer.parseInt(System.getProperty("cascade.keycloakPort", "8180")),
            Integer.parseInt(System.getProperty("cascade.simulatorPort", "18190")),
            PORT_OFFSET);
    stack = PlatformStack.start(config);
    // read by arquillian.xml
    System.setProperty(
        "cascade.jbossHome", repository.resolve("platform-ear/target/wildfly").toString());
    System.setProperty("cascade.managementPort", String.valueOf(config.managementPort()));
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (stack != null) {
      stack.close();
      stack = null;
    }
  }
}
