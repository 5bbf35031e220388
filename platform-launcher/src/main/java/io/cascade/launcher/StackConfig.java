package io.cascade.launcher;

import java.nio.file.Path;

/**
 * Where and how to run the platform.
 *
 * @param repository the checkout (holds the built server, the Keycloak script, the simulator)
 * @param workDir runtime state: WildFly's base dir, logs, and the database when embedded
 * @param externalDbUrl a PostgreSQL to use instead of the embedded one, or null
 * @param dbPort port of the embedded PostgreSQL (0: any free port)
 * @param persistentDb whether the embedded database keeps its data in workDir across runs
 * @param keycloakPort HTTP port of Keycloak
 * @param simulatorPort HTTP port of the provider simulator (0: don't start it)
 * @param portOffset WildFly's port offset (HTTP is 8080 + offset, management 9990 + offset)
 */
public record StackConfig(
    Path repository,
    Path workDir,
    String externalDbUrl,
    String externalDbUser,
    String externalDbPassword,
    int dbPort,
    boolean persistentDb,
    int keycloakPort,
    int simulatorPort,
    int portOffset) {

  public int httpPort() {
    return 8080 + portOffset;
  }

  public int managementPort() {
    return 9990 + portOffset;
  }

  public String webUrl() {
    return "http://localhost:" + httpPort() + "/";
  }

  public String keycloakUrl() {
    return "http://localhost:" + keycloakPort;
  }

  public String simulatorUrl() {
    return "http://localhost:" + simulatorPort;
  }

  Path wildflyHome() {
    return repository.resolve("platform-ear/target/wildfly");
  }

  Path logDir() {
    return workDir.resolve("logs");
  }
}
