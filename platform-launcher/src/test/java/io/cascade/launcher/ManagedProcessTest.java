package io.cascade.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Small stand-in processes (sh, bash, sleep) on no port; a JDK HttpServer is their health URL. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ManagedProcessTest {

  @TempDir Path logs;

  private HttpServer health;

  @BeforeEach
  void startHealthUrl() throws IOException {
    health = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    health.createContext(
        "/health",
        exchange -> {
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    health.start();
  }

  @AfterEach
  void stopHealthUrl() {
    health.stop(0);
  }

  @Test
  void describesAnExitBySignal() {
    assertThat(ManagedProcess.describeExit(0)).isEqualTo("code 0");
    assertThat(ManagedProcess.describeExit(3)).isEqualTo("code 3");
    assertThat(ManagedProcess.describeExit(137))
        .isEqualTo("code 137 (killed by signal 9, SIGKILL)");
    assertThat(ManagedProcess.describeExit(143))
        .isEqualTo("code 143 (killed by signal 15, SIGTERM)");
  }

  @Test
  void failsTheWaitWithTheExitCodeAndLogWhenTheProcessExits() throws Exception {
    try (ManagedProcess server = start("keycloak", "sh", "-c", "echo cannot bind; exit 1")) {
      assertThatThrownBy(() -> server.awaitHttpOk("http://localhost:1/", Duration.ofSeconds(20)))
          .isInstanceOf(LaunchException.class)
          .hasMessage(
              "keycloak (pid "
                  + server.pid()
                  + ") exited with code 1 before answering http://localhost:1/; its log: "
                  + logs.resolve("keycloak.log")
                  + " (last line: cannot bind)");
    }
  }

  @Test
  void reportsTheLastLineOfItsLogWhenItExits() throws Exception {
    try (ManagedProcess wrapper =
        start(
            "wildfly",
            "sh",
            "-c",
            "echo started; echo '*** JBossAS process (42) received KILL signal ***'")) {
      wrapper.ended().get(10, TimeUnit.SECONDS);

      assertThat(wrapper.exitReport(""))
          .isEqualTo(
              "wildfly (pid "
                  + wrapper.pid()
                  + ") exited with code 0; its log: "
                  + logs.resolve("wildfly.log")
                  + " (last line: *** JBossAS process (42) received KILL signal ***)");
    }
  }

  @Test
  void reportsAServerProcessThatEndsWhileItsScriptLivesOnAndStopsTheScriptAtOnce()
      throws Exception {
    // the background branch of WildFly's standalone.sh: once its JVM is killed, `wait` returns
    // 137 again and again (bash) and the script never exits
    String standaloneSh =
        """
        sleep 60 &
        JBOSS_PID=$!
        trap "kill -TERM $JBOSS_PID" TERM
        WAIT_STATUS=128
        while [ "$WAIT_STATUS" -ge 128 ]; do
          wait $JBOSS_PID 2>/dev/null
          WAIT_STATUS=$?
          if [ "$WAIT_STATUS" -gt 128 ]; then
            echo "*** JBossAS process ($JBOSS_PID) received KILL signal ***" >&2
            sleep 0.1
          fi
        done
        """;
    try (ManagedProcess wildfly = start("wildfly", "bash", "-c", standaloneSh)) {
      ProcessHandle jvm = awaitChild(wildfly);
      wildfly.awaitHttpOk(healthUrl(), Duration.ofSeconds(20));

      jvm.destroyForcibly();
      wildfly.ended().get(20, TimeUnit.SECONDS);

      assertThat(wildfly.isAlive()).isTrue();
      assertThat(wildfly.exitReport(""))
          .startsWith(
              "wildfly's server process (pid "
                  + jvm.pid()
                  + ") ended, while the script that ran it (pid "
                  + wildfly.pid()
                  + ") still runs; its log: "
                  + logs.resolve("wildfly.log"))
          .endsWith(
              "(last line: *** JBossAS process (" + jvm.pid() + ") received KILL signal ***)");

      long stopping = System.nanoTime();
      wildfly.close();
      assertThat(wildfly.isAlive()).isFalse();
      assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(10));
    }
  }

  @Test
  void stopsTheServerOfAScriptThatWasKilledAlone() throws Exception {
    try (ManagedProcess wrapper = start("wildfly", "sh", "-c", "sleep 60 & wait")) {
      ProcessHandle server = awaitChild(wrapper);
      wrapper.awaitHttpOk(healthUrl(), Duration.ofSeconds(20));

      ProcessHandle.of(wrapper.pid()).orElseThrow().destroyForcibly();
      wrapper.ended().get(10, TimeUnit.SECONDS);
      assertThat(server.isAlive()).isTrue();

      wrapper.close();

      assertThat(server.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
    }
  }

  private ManagedProcess start(String name, String... command) throws IOException {
    return ManagedProcess.start(name, List.of(command), logs, Map.of(), logs);
  }

  private String healthUrl() {
    return "http://localhost:" + health.getAddress().getPort() + "/health";
  }

  private static ProcessHandle awaitChild(ManagedProcess wrapper) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      var child = ProcessHandle.of(wrapper.pid()).orElseThrow().children().findFirst();
      if (child.isPresent()) {
        return child.get();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the script started no child");
  }
}
