package io.cascade.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;

/** The whole platform, started in order and stopped in reverse order. */
public final class PlatformStack implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PlatformStack.class.getName());

  private final StackConfig config;
  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private String dbUrl;
  private String dbUser;
  private String dbPassword;
  private String secretKey;

  private PlatformStack(StackConfig config) {
    this.config = config;
  }

  public static PlatformStack start(StackConfig config) {
    PlatformStack stack = new PlatformStack(config);
    try {
      stack.startDatabase();
      stack.startKeycloak();
      stack.startSimulator();
      stack.startWildFly();
      return stack;
    } catch (IOException | RuntimeException e) {
      stack.close();
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
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
    started.push(db);
    dbUrl = db.jdbcUrl();
    dbUser = EmbeddedDatabase.USER;
    dbPassword = EmbeddedDatabase.PASSWORD;
  }

  private void startKeycloak() throws IOException {
    String realmUrl = config.keycloakUrl() + "/realms/cascade/.well-known/openid-configuration";
    if (ManagedProcess.answersOk(realmUrl)) {
      LOG.info("Keycloak already runs at " + config.keycloakUrl() + " with the realm: using it");
      return;
    }
    LOG.info("Starting Keycloak on port " + config.keycloakPort());
    Path script = config.repository().resolve("keycloak-realm/start-keycloak.sh");
    ManagedProcess keycloak =
        ManagedProcess.start(
            "keycloak",
            List.of("bash", script.toString()),
            config.repository().resolve("keycloak-realm"),
            Map.of("KEYCLOAK_PORT", String.valueOf(config.keycloakPort())),
            config.logDir());
    started.push(keycloak);
    keycloak.awaitHttpOk(realmUrl, Duration.ofMinutes(4));
  }

  private void startSimulator() throws IOException {
    if (config.simulatorPort() == 0) {
      return;
    }
    Path jar = config.repository().resolve("provider-simulator/target/provider-simulator.jar");
    if (!Files.exists(jar)) {
      LOG.warning("No provider simulator at " + jar + ": build it with ./mvnw install");
      return;
    }
    LOG.info("Starting the provider simulator on port " + config.simulatorPort());
    ManagedProcess simulator =
        ManagedProcess.start(
            "provider-simulator",
            List.of(javaBinary(), "-Xmx256m", "-jar", jar.toString()),
            config.workDir(),
            Map.of("SIMULATOR_PORT", String.valueOf(config.simulatorPort())),
            config.logDir());
    started.push(simulator);
    simulator.awaitHttpOk(config.simulatorUrl() + "/_control/health", Duration.ofMinutes(1));
  }

  private void startWildFly() throws IOException {
    Path baseDir = prepareServerBaseDir(config.workDir().resolve("wildfly"));
    LOG.info("Starting WildFly at " + config.webUrl());
    ManagedProcess wildfly =
        startWildFly(baseDir, wildflyEnvironment(), config.portOffset(), "wildfly");
    started.push(wildfly);
    wildfly.awaitHttpOk(
        config.webUrl() + "health",
        Duration.ofMinutes(4),
        baseDir.resolve("deployments/platform.ear.failed"));
  }

  /**
   * A WildFly base dir of its own (configuration and deployments copied fresh from the built
   * server), so the demo run and the tests never share logs, data or a half-written config.
   */
  public Path prepareServerBaseDir(Path baseDir) throws IOException {
    Path built = config.wildflyHome().resolve("standalone");
    if (!Files.isDirectory(built)) {
      throw new IllegalStateException(
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

  @Override
  public void close() {
    while (!started.isEmpty()) {
      AutoCloseable next = started.pop();
      try {
        next.close();
      } catch (Exception e) {
        LOG.warning("Could not stop " + next + ": " + e.getMessage());
      }
    }
  }
}
