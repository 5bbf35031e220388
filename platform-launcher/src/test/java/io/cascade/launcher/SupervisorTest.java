package io.cascade.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The servers of a run stand in as small child processes (sleep, sh) on no port. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SupervisorTest {

  @TempDir Path logs;

  private final List<String> reports = new CopyOnWriteArrayList<>();
  private final Supervisor servers = new Supervisor(reports::add, Duration.ofMillis(50), 3);

  @AfterEach
  void stopAll() {
    servers.close();
  }

  @Test
  void reportsAChildThatExitsWithItsNameCodeAndLogAndStopsTheOthers() throws Exception {
    ManagedProcess keycloak = start("keycloak", "sleep", "60");
    ManagedProcess simulator = start("provider-simulator", "sleep", "60");
    ManagedProcess wildfly = start("wildfly", "sh", "-c", "sleep 0.5; exit 3");
    servers.adopt(keycloak);
    servers.adopt(simulator);
    servers.adopt(wildfly);

    String what = servers.stoppedByItself().get(30, TimeUnit.SECONDS);

    assertThat(what)
        .isEqualTo(
            "wildfly (pid "
                + wildfly.pid()
                + ") exited with code 3; its log: "
                + logs.resolve("wildfly.log"));
    assertThat(reports).containsExactly(what);
    assertThat(keycloak.isAlive()).isFalse();
    assertThat(simulator.isAlive()).isFalse();
    assertThat(servers.failure()).contains(what);
  }

  @Test
  void namesTheSignalThatKilledAChild() throws Exception {
    servers.adopt(start("keycloak", "sleep", "60"));
    servers.adopt(start("wildfly", "sh", "-c", "sleep 0.3; kill -9 $$"));

    String what = servers.stoppedByItself().get(30, TimeUnit.SECONDS);

    assertThat(what).contains("wildfly").contains("code 137 (killed by signal 9, SIGKILL)");
  }

  @Test
  void reportsOnlyTheFirstServerThatStops() throws Exception {
    servers.adopt(start("keycloak", "sh", "-c", "sleep 0.3; exit 1"));
    servers.adopt(start("wildfly", "sh", "-c", "sleep 0.3; exit 2"));

    servers.stoppedByItself().get(30, TimeUnit.SECONDS);
    Thread.sleep(500);

    assertThat(reports).hasSize(1);
  }

  @Test
  void stopsEveryChildWhenClosedWithoutReportingThose() throws Exception {
    ManagedProcess keycloak = start("keycloak", "sleep", "60");
    ManagedProcess wildfly = start("wildfly", "sleep", "60");
    servers.adopt(keycloak);
    servers.adopt(wildfly);

    servers.close();
    Thread.sleep(300);

    assertThat(keycloak.isAlive()).isFalse();
    assertThat(wildfly.isAlive()).isFalse();
    assertThat(reports).isEmpty();
    assertThat(servers.stoppedByItself()).isNotDone();
  }

  @Test
  void reportsAReusedServerThatStopsAnsweringAndStopsTheChildren() throws Exception {
    AtomicBoolean answers = new AtomicBoolean(true);
    ManagedProcess wildfly = start("wildfly", "sleep", "60");
    servers.adopt(wildfly);
    servers.watchReused(
        "Keycloak at http://localhost:8180 (not started by this run)", answers::get);

    Thread.sleep(300);
    assertThat(reports).isEmpty();
    answers.set(false);
    String what = servers.stoppedByItself().get(30, TimeUnit.SECONDS);

    assertThat(what)
        .isEqualTo(
            "Keycloak at http://localhost:8180 (not started by this run) stopped answering"
                + " (3 checks in a row)");
    assertThat(wildfly.isAlive()).isFalse();
  }

  @Test
  void refusesAndStopsAServerStartedAfterTheStop() throws Exception {
    servers.close();
    ManagedProcess late = start("wildfly", "sleep", "60");

    assertThatThrownBy(() -> servers.adopt(late))
        .isInstanceOf(LaunchException.class)
        .hasMessageStartingWith("The platform is stopping");
    assertThat(late.isAlive()).isFalse();
  }

  private ManagedProcess start(String name, String... command) throws IOException {
    return ManagedProcess.start(name, List.of(command), logs, Map.of(), logs);
  }
}
