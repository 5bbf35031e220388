package io.cascade.it.campaign;

import io.cascade.it.support.PlatformSession;
import io.cascade.launcher.ManagedProcess;
import io.cascade.launcher.PlatformStack;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A WildFly of the built server on a database of its own (in the test stack's PostgreSQL), sharing
 * Keycloak and the simulator: one a test may kill with SIGKILL, stop and start again, while the
 * shared platform goes on serving the other tests.
 */
final class SecondPlatform implements AutoCloseable {

  /**
   * Ports of the shared stack plus this: http 8080 + 22000. Every port stays below Linux's
   * ephemeral range (32768 and up): the simulator's callbacks open many outgoing connections, and
   * one of them could take a port of the range just as this server binds it.
   */
  private static final int PORT_OFFSET = 22_000;

  private final PlatformStack stack = PlatformSession.stack();
  private final Path baseDir = Path.of("target/wildfly-second").toAbsolutePath();
  private final Map<String, String> env;
  private final Node node;
  private ManagedProcess server;

  private SecondPlatform(String dbUrl) {
    this.env = new HashMap<>(stack.wildflyEnvironment());
    env.put("DB_URL", dbUrl);
    // its accounts' callback URLs name it, not the shared platform (whose tokens differ)
    env.put("PLATFORM_PUBLIC_URL", "http://localhost:" + (8080 + PORT_OFFSET));
    this.node = new Node("http://localhost:" + (8080 + PORT_OFFSET) + "/", dbUrl);
  }

  /** Makes its database and starts it. */
  static SecondPlatform start() throws Exception {
    PlatformStack stack = PlatformSession.stack();
    String name = "cascade_second_" + UUID.randomUUID().toString().substring(0, 8);
    // the embedded PostgreSQL's superuser may create databases; the platform's user owns it
    try (Connection c = DriverManager.getConnection(database(stack, "postgres"), "postgres", "");
        Statement st = c.createStatement()) {
      st.execute("create database " + name + " owner " + stack.dbUser());
    }
    String url = database(stack, name);
    SecondPlatform second = new SecondPlatform(url);
    second.boot();
    return second;
  }

  private static String database(PlatformStack stack, String name) {
    return stack.dbUrl().replaceFirst("/[^/?]+(\\?.*)?$", "/" + name + "$1");
  }

  Node node() {
    return node;
  }

  /** Starts the server (again) and waits until it answers. */
  void boot() throws Exception {
    stack.prepareServerBaseDir(baseDir);
    server = stack.startWildFly(baseDir, env, PORT_OFFSET, "wildfly-second");
    server.awaitHttpOk(
        node.webUrl() + "health",
        Duration.ofMinutes(4),
        baseDir.resolve("deployments/platform.ear.failed"));
  }

  /** A graceful stop, as an operator restarting the server does. */
  void stop() {
    server.close();
  }

  /** SIGKILL to the server's JVM: no shutdown hook, no transaction ends, connections just drop. */
  void kill() {
    ProcessHandle script = ProcessHandle.of(server.pid()).orElseThrow();
    script
        .descendants()
        .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
        .forEach(ProcessHandle::destroyForcibly);
    server.close();
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
  }
}
