package io.cascade.launcher;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The run command: starts the platform for a person to use, prints where to log in, and stops
 * everything on Ctrl-C. The embedded database keeps its data in .run/pgdata across restarts. When a
 * server stops by itself (a crash, a kill), it says which, stops the others and exits with 1; it
 * does not restart anything, a restart loop would hide the crash.
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

  /** Set when the run ends by itself: then the shutdown hook has nothing to announce. */
  private static final AtomicBoolean exiting = new AtomicBoolean();

  /** Set by the shutdown hook (Ctrl-C): what fails after it is the stop, not a fault. */
  private static final AtomicBoolean stoppedByUser = new AtomicBoolean();

  private RunPlatform() {}

  public static void main(String[] args) {
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
    PlatformStack stack =
        PlatformStack.create(
            config,
            what -> System.err.printf("%n%s.%nStopping everything this run started...%n", what));
    // hooked in before the start, so that Ctrl-C during the start stops what is already up
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (!exiting.get()) {
                    stoppedByUser.set(true);
                    System.out.println("\nStopping the platform...");
                  }
                  stack.close();
                }));
    try {
      stack.startAll();
    } catch (RuntimeException e) {
      if (stoppedByUser.get()) {
        return; // Ctrl-C during the start: the hook stops the rest
      }
      if (!(e instanceof LaunchException)) {
        throw e;
      }
      exit(
          stack.failure().isPresent()
              ? "Stopped. Cascade did not start."
              : "Cascade did not start: " + e.getMessage());
      return;
    }
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
    stack.stoppedByItself().join();
    if (!stoppedByUser.get()) {
      exit("Stopped. Cascade is not running; start it again with ./run.sh.");
    }
  }

  /** Ends the run by itself, with exit code 1: the platform is not (or no longer) up. */
  private static void exit(String message) {
    exiting.set(true);
    System.err.println(message);
    System.exit(1);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
