package io.cascade.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The whole platform, started in order and stopped in reverse order. While it runs, every server it
 * started is watched: when one stops by itself the stack reports it (name, exit code, log) and
 * stops all the others ({@link #stoppedByItself()}).
 */
public final class PlatformStack implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PlatformStack.class.getName());

  /** The realm of keycloak-realm/realm/cascade-realm.json, WildFly's KEYCLOAK_REALM default. */
  static final String REALM = "cascade";

  /**
   * A port that is in use is waited for this long, to be freed (a previous run still stopping) or,
   * for Keycloak, to answer the realm steadily (three times in a row, a second apart).
   */
  private static final PortCheck PORTS =
      new PortCheck(Duration.ofSeconds(60), Duration.ofSeconds(1), 3);

  /** A Keycloak this run reuses is asked every 5 s; three unanswered checks in a row: gone. */
  private static final Duration REUSED_PROBE_INTERVAL = Duration.ofSeconds(5);

  private static final int REUSED_PROBE_MISSES = 3;

  private final StackConfig config;
  private final Supervisor servers;
  private String dbUrl;
  private String dbUser;
  private String dbPassword;
  private String secretKey;

  private PlatformStack(StackConfig config, Consumer<String> report) {
    this.config = config;
    this.servers = new Supervisor(report, REUSED_PROBE_INTERVAL, REUSED_PROBE_MISSES);
  }

  /**
   * Starts the platform and returns it once every server answers; a server that stops by itself
   * later is logged and the rest stopped.
   */
  public static PlatformStack start(StackConfig config) {
    PlatformStack stack =
        create(config, what -> LOG.severe(what + "; stopping everything the stack started"));
    stack.startAll();
    return stack;
  }

  /**
   * A stack not started yet, so that the caller can hook its stop in before it starts.
   *
   * @param report told at once when a server stops by itself, before the others are stopped
   */
  static PlatformStack create(StackConfig config, Consumer<String> report) {
    return new PlatformStack(config, report);
  }

  /** Starts every server in order; when one fails, stops those already started and throws. */
  void startAll() {
    try {
      startDatabase();
      startKeycloak();
      startSimulator();
      startWildFly();
    } catch (IOException | RuntimeException e) {
      servers.close();
      // a server that stopped by itself meanwhile is the cause; what followed is its consequence
      RuntimeException failure =
          e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
      throw servers.failure().<RuntimeException>map(LaunchException::new).orElse(failure);
    }
  }

  /**
   * Completes, with what happened, when a server of the stack stopped by itself; by then the stack
   * has stopped all the others. Never completes when the stack is closed first.
   */
  public CompletableFuture<String> stoppedByItself() {
    return servers.stoppedByItself();
  }

  /** What stopped by itself, if anything did. */
  Optional<String> failure() {
    return servers.failure();
  }

  public StackConfig config() {
    return config;
  }

  public String dbUrl() {
    return dbUrl;
  }

  public String dbUser() {
    return dbUser;
  }

  public String dbPassword() {
    return dbPassword;
  }

  /** The environment WildFly runs with; a second server (tests) can reuse it. */
  public Map<String, String> wildflyEnvironment() {
    Map<String, String> env = new HashMap<>();
    env.put("DB_URL", dbUrl);
    env.put("DB_USER", dbUser);
    env.put("DB_PASSWORD", dbPassword);
    env.put("KEYCLOAK_URL", config.keycloakUrl());
    env.put("PLATFORM_DEMO_DATA", "true");
    env.put("SIMULATOR_URL", config.simulatorUrl());
    env.put("PLATFORM_SECRET_KEY", secretKey());
    env.put(
        "PROVIDER_BASE_URL_ALLOWLIST", envOr("PROVIDER_BASE_URL_ALLOWLIST", config.simulatorUrl()));
    env.put("PLATFORM_PUBLIC_URL", envOr("PLATFORM_PUBLIC_URL", stripSlash(config.webUrl())));
    env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
    // dispatch's pacing (DISPATCH_LEASE_SECONDS ...): the tests shorten the waits
    System.getenv()
        .forEach(
            (name, value) -> {
              if (name.startsWith("DISPATCH_")) {
                env.put(name, value);
              }
            });
    return env;
  }

  /**
   * The key that encrypts provider secrets: PLATFORM_SECRET_KEY when set; else, for the demo run
   * (persistent data), one generated once and kept in {@code .run/secret-key} (mode 0600, never in
   * the repository) so a restart can still decrypt; for the tests a fresh random key per run.
   */
  synchronized String secretKey() {
    if (secretKey == null) {
      String given = System.getenv("PLATFORM_SECRET_KEY");
      if (given != null && !given.isBlank()) {
        secretKey = given.strip();
      } else if (config.persistentDb()) {
        secretKey = SecretKeyFile.readOrCreate(config.workDir().resolve("secret-key"));
      } else {
        secretKey = SecretKeyFile.randomKey();
      }
    }
    return secretKey;
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private void startDatabase() throws IOException {
    if (config.externalDbUrl() != null) {
      dbUrl = config.externalDbUrl();
      dbUser = config.externalDbUser();
      dbPassword = config.externalDbPassword();
      LOG.info(() -> "Using the external database " + dbUrl);
      return;
    }
    LOG.info("Starting the embedded PostgreSQL");
    EmbeddedDatabase db =
        EmbeddedDatabase.start(
            config.dbPort(),
            config.persistentDb() ? config.workDir().resolve("pgdata") : null,
            config.persistentDb());
    var postmaster = db.postmaster();
    if (postmaster.isEmpty()) {
      LOG.warning("The embedded PostgreSQL's main process was not found: it is not watched");
    }
    servers.adopt(
        "embedded PostgreSQL",
        db,
        postmaster.map(ProcessHandle::onExit).orElse(null),
        () ->
            "embedded PostgreSQL (port "
                + db.port()
                + ", pid "
                + postmaster.map(ProcessHandle::pid).orElse(-1L)
                + ") exited");
    dbUrl = db.jdbcUrl();
    dbUser = EmbeddedDatabase.USER;
    dbPassword = EmbeddedDatabase.PASSWORD;
  }

  /**
   * Starts Keycloak, or uses one already on the port, but only once it answers the realm steadily:
   * an open port alone may be a Keycloak still starting, one shutting down, or something else.
   */
  private void startKeycloak() throws IOException {
    int port = config.keycloakPort();
    String realmUrl =
        config.keycloakUrl() + "/realms/" + REALM + "/.well-known/openid-configuration";
    if (PortCheck.listening(port)) {
      LOG.info(
          "Port "
              + port
              + " is in use: waiting up to "
              + PORTS.deadline().toSeconds()
              + " s for it to answer the realm "
              + REALM
              + " (then it is used) or to be freed (then Keycloak is started)");
    }
    PortCheck.Verdict verdict = PORTS.await(port, realmUrl);
    switch (verdict.state()) {
      case ANSWERS -> {
        LOG.info(
            "Keycloak already runs at "
                + config.keycloakUrl()
                + " and answers the realm "
                + REALM
                + ": using it (this run does not stop it)");
        servers.watchReused(
            "Keycloak at " + config.keycloakUrl() + " (not started by this run)",
            () -> ManagedProcess.answersOk(realmUrl));
        return;
      }
      case OCCUPIED ->
          throw new LaunchException(
              "Port "
                  + port
                  + " is in use, but "
                  + realmUrl
                  + " did not answer 200 within "
                  + PORTS.deadline().toSeconds()
                  + " s (last answer: "
                  + verdict.lastAnswer()
                  + "): no Keycloak with the realm "
                  + REALM
                  + " to use there. Stop what holds port "
                  + port
                  + " (ss -ltnp 'sport = :"
                  + port
                  + "' shows it) or set KEYCLOAK_PORT to a free port.");
      case FREE -> LOG.info("Starting Keycloak on port " + port);
    }
    Path script = config.repository().resolve("keycloak-realm/start-keycloak.sh");
    ManagedProcess keycloak =
        ManagedProcess.start(
            "keycloak",
            List.of("bash", script.toString()),
            config.repository().resolve("keycloak-realm"),
            Map.of("KEYCLOAK_PORT", String.valueOf(port)),
            config.logDir());
    servers.adopt(keycloak);
    keycloak.awaitHttpOk(realmUrl, Duration.ofMinutes(4));
  }

  /**
   * Starts the provider simulator of this run. One already on the port is never used: its faults,
   * accounts and counts belong to whoever started it, and the health check would pass on its answer
   * while ours failed to bind.
   */
  private void startSimulator() throws IOException {
    if (config.simulatorPort() == 0) {
      return;
    }
    Path jar = config.repository().resolve("provider-simulator/target/provider-simulator.jar");
    if (!Files.exists(jar)) {
      LOG.warning("No provider simulator at " + jar + ": build it with ./mvnw install");
      return;
    }
    awaitFree(config.simulatorPort(), "provider simulator", "SIMULATOR_PORT");
    LOG.info("Starting the provider simulator on port " + config.simulatorPort());
    ManagedProcess simulator =
        ManagedProcess.start(
            "provider-simulator",
            List.of(javaBinary(), "-Xmx" + simulatorHeap(), "-jar", jar.toString()),
            config.workDir(),
            Map.of("SIMULATOR_PORT", String.valueOf(config.simulatorPort())),
            config.logDir());
    servers.adopt(simulator);
    simulator.awaitHttpOk(config.simulatorUrl() + "/_control/health", Duration.ofMinutes(1));
  }

  /**
   * The simulator keeps every accepted message for status queries and reports (a million by
   * default, about 1 KB each): at 256 MB a benchmark's few hundred thousand messages had it
   * collecting garbage most of the time and answering past the clients' read timeouts.
   */
  private static String simulatorHeap() {
    String heap = System.getenv("SIMULATOR_HEAP");
    return heap == null || heap.isBlank() ? "1536m" : heap.strip();
  }

  private void startWildFly() throws IOException {
    awaitFree(config.httpPort(), "WildFly HTTP", "PORT_OFFSET");
    awaitFree(config.managementPort(), "WildFly management", "PORT_OFFSET");
    Path baseDir = prepareServerBaseDir(config.workDir().resolve("wildfly"));
    LOG.info("Starting WildFly at " + config.webUrl());
    ManagedProcess wildfly =
        startWildFly(baseDir, wildflyEnvironment(), config.portOffset(), "wildfly");
    servers.adopt(wildfly);
    wildfly.awaitHttpOk(
        config.webUrl() + "health",
        Duration.ofMinutes(4),
        baseDir.resolve("deployments/platform.ear.failed"));
  }

  /** Waits for a port this run starts a server on to be free (a previous run still stopping). */
  private static void awaitFree(int port, String what, String setting) {
    if (!PortCheck.listening(port)) {
      return;
    }
    LOG.info(
        "Port "
            + port
            + " ("
            + what
            + ") is in use: waiting up to "
            + PORTS.deadline().toSeconds()
            + " s for it to be freed");
    if (PORTS.awaitFree(port).state() != PortCheck.State.FREE) {
      throw new LaunchException(
          "Port "
              + port
              + " ("
              + what
              + ") is still in use after "
              + PORTS.deadline().toSeconds()
              + " s. Stop what holds it (ss -ltnp 'sport = :"
              + port
              + "' shows it) or set "
              + setting
              + ".");
    }
  }

  /**
   * A WildFly base dir of its own (configuration and deployments copied fresh from the built
   * server), so the demo run and the tests never share logs, data or a half-written config.
   */
  public Path prepareServerBaseDir(Path baseDir) throws IOException {
    Path built = config.wildflyHome().resolve("standalone");
    if (!Files.isDirectory(built)) {
      throw new LaunchException(
          "No built server at " + built + ": run ./mvnw install -DskipTests first");
    }
    for (String dir : List.of("configuration", "deployments")) {
      copyTree(built.resolve(dir), baseDir.resolve(dir));
    }
    for (String marker : List.of("failed", "deployed", "isdeploying", "pending")) {
      Files.deleteIfExists(baseDir.resolve("deployments/platform.ear." + marker));
    }
    return baseDir;
  }

  /** Starts a WildFly of the built server on the given base dir; the caller waits and closes. */
  public ManagedProcess startWildFly(
      Path baseDir, Map<String, String> env, int portOffset, String name) throws IOException {
    Path home = config.wildflyHome();
    return ManagedProcess.start(
        name,
        List.of(
            "bash",
            home.resolve("bin/standalone.sh").toString(),
            "-c",
            "platform.xml",
            "-Djboss.server.base.dir=" + baseDir,
            "-Djboss.socket.binding.port-offset=" + portOffset),
        home,
        env,
        config.logDir());
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Stops everything the stack started, the last started first. */
  @Override
  public void close() {
    servers.close();
  }
}
