package io.cascade.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A JDK HttpServer on a free port stands in for what holds Keycloak's port. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PortCheckTest {

  private static final String REALM_PATH = "/realms/cascade/.well-known/openid-configuration";

  /** Short, for the checks that end at the deadline. */
  private final PortCheck ports = new PortCheck(Duration.ofSeconds(2), Duration.ofMillis(50), 3);

  /** Long, for the checks that end before it (a loaded machine answers slowly). */
  private final PortCheck patient = new PortCheck(Duration.ofSeconds(20), Duration.ofMillis(50), 3);

  private HttpServer server;

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void refusesAPortThatAnswersButNotWithTheRealm() throws IOException {
    int port = serve(404);

    PortCheck.Verdict verdict = ports.await(port, realmUrl(port));

    assertThat(verdict.state()).isEqualTo(PortCheck.State.OCCUPIED);
    assertThat(verdict.lastAnswer()).isEqualTo("HTTP 404");
  }

  @Test
  void usesAServerThatAnswersTheRealmWith200() throws IOException {
    int port = serve(200);

    PortCheck.Verdict verdict = patient.await(port, realmUrl(port));

    assertThat(verdict.state()).isEqualTo(PortCheck.State.ANSWERS);
  }

  @Test
  void refusesAServerThatAnswersOnceAndThenNoMore() throws IOException {
    // a Keycloak shutting down: one answer, then errors
    AtomicInteger asked = new AtomicInteger();
    int port = serve(() -> asked.incrementAndGet() == 1 ? 200 : 503);

    PortCheck.Verdict verdict = ports.await(port, realmUrl(port));

    assertThat(verdict.state()).isEqualTo(PortCheck.State.OCCUPIED);
    assertThat(verdict.lastAnswer()).isEqualTo("HTTP 503");
  }

  @Test
  void findsAFreePortFree() throws IOException {
    int port = freePort();

    assertThat(ports.await(port, realmUrl(port)).state()).isEqualTo(PortCheck.State.FREE);
    assertThat(ports.awaitFree(port).state()).isEqualTo(PortCheck.State.FREE);
  }

  @Test
  void findsAPortFreedBeforeTheDeadlineFree() throws Exception {
    int port = serve(404);
    Thread stopper =
        new Thread(
            () -> {
              ManagedProcess.sleep(300);
              server.stop(0);
            });
    stopper.start();

    assertThat(patient.await(port, realmUrl(port)).state()).isEqualTo(PortCheck.State.FREE);
    stopper.join();
  }

  @Test
  void waitsForAPortInUseToBeFreedUntilTheDeadline() throws IOException {
    int port = serve(200);

    assertThat(ports.awaitFree(port).state()).isEqualTo(PortCheck.State.OCCUPIED);
  }

  private int serve(int status) throws IOException {
    return serve(() -> status);
  }

  private int serve(java.util.function.IntSupplier status) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          int code =
              exchange.getRequestURI().getPath().equals(REALM_PATH) ? status.getAsInt() : 404;
          exchange.sendResponseHeaders(code, -1);
          exchange.close();
        });
    server.start();
    return server.getAddress().getPort();
  }

  private static String realmUrl(int port) {
    return "http://localhost:" + port + REALM_PATH;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
