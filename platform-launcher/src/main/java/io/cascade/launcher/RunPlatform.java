package io.cascade.launcher;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The run command: starts the platform for a person to use, prints where to log in, and stops
 * everything on Ctrl-C. The embedded database keeps its data in .run/pgdata across restarts.
 */
public final class RunPlatform {

  /** Demo users of keycloak-realm/realm/cascade-realm.json; dev only. */
  static final String DEMO_LOGINS =
      """
        organization acme:   acme-admin (tenant admin), acme-manager (campaign manager),
                             acme-analyst (analyst)
        organization globex: globex-admin, globex-manager, globex-analyst
        no organization:     operator (platform operator)
        password of every demo user: demo-password
      """;

  private RunPlatform() {}

  public static void main(String[] args) throws InterruptedException {
    Path repository = Path.of(env("CASCADE_HOME", ".")).toAbsolutePath().normalize();
    StackConfig config =
        new StackConfig(
            repository,
            repository.resolve(".run"),
            System.getenv("DB_URL"),
            env("DB_USER", "cascade"),
            env("DB_PASSWORD", "cascade"),
            Integer.parseInt(env("EMBEDDED_DB_PORT", "15432")),
            true,
            Integer.parseInt(env("KEYCLOAK_PORT", "8180")),
            Integer.parseInt(env("SIMULATOR_PORT", "8190")),
            Integer.parseInt(env("PORT_OFFSET", "0")));
    long started = System.nanoTime();
    PlatformStack stack = PlatformStack.start(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("\nStopping the platform...");
                  stack.close();
                  stopped.countDown();
                }));
    System.out.printf(
        """

        Cascade is running (started in %d s).
          Log in at:          %s
          Keycloak:           %s (admin console: admin / admin)
          Provider simulator: %s
          Database:           %s
          Logs:               %s
        Demo logins:
        %s
        Press Ctrl-C to stop everything.
        """,
        (System.nanoTime() - started) / 1_000_000_000,
        config.webUrl(),
        config.keycloakUrl(),
        config.simulatorUrl(),
        stack.dbUrl(),
        config.logDir(),
        DEMO_LOGINS);
    stopped.await();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
