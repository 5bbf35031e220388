package io.cascade.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.cascade.simulator.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Starts a simulator on a free port with compressed time (callbacks within 50..150 ms, retries
 * after 100 ms) and a JDK HttpServer that records the callbacks it receives.
 */
public abstract class SimulatorHarness {
  static {
    // one simulator per test: Undertow's start/stop lines would drown the test output
    java.util.logging.Logger.getLogger("io.undertow").setLevel(java.util.logging.Level.WARNING);
    java.util.logging.Logger.getLogger("org.xnio").setLevel(java.util.logging.Level.WARNING);
  }

  protected Simulator simulator;
  protected String base;
  protected HttpClient http;
  protected HttpServer receiver;
  protected String callbackUrl;
  protected final List<Received> received = new CopyOnWriteArrayList<>();

  /** The receiver answers this status to the first N callbacks (then 200). */
  protected final AtomicInteger failFirst = new AtomicInteger();

  /** A callback as it arrived. */
  public record Received(String method, String query, String contentType, String body) {
    public JsonNode json() {
      return Json.tree(body.getBytes(StandardCharsets.UTF_8));
    }
  }

  @BeforeEach
  void startSimulator() throws IOException {
    SimulatorConfig config =
        SimulatorConfig.defaults()
            .withPort(0)
            .with("retry_initial_ms", "100")
            .with("retry_max_ms", "200")
            .with("retry_window_ms", "5000")
            .with(
                "outcomes",
                "{\"delivered\":1,\"undelivered\":0,\"expired\":0,\"seen\":0,\"clicked\":0,"
                    + "\"replied\":0,\"min_delay_ms\":50,\"max_delay_ms\":150}");
    simulator = Simulator.start(configure(config));
    base = simulator.baseUrl();
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.setExecutor(Executors.newFixedThreadPool(4));
    receiver.createContext(
        "/",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          int status = failFirst.getAndDecrement() > 0 ? 500 : 200;
          if (status == 200) {
            received.add(
                new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(body, StandardCharsets.UTF_8)));
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    receiver.start();
    callbackUrl = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/callbacks";
  }

  /** A test class changes settings here; the default keeps the harness's. */
  protected SimulatorConfig configure(SimulatorConfig config) {
    return config;
  }

  @AfterEach
  void stopSimulator() {
    simulator.close();
    receiver.stop(0);
  }

  protected HttpResponse<String> post(String path, String contentType, String body, String auth) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (auth != null) {
      request.header("Authorization", auth);
    }
    return send(request.build());
  }

  protected HttpResponse<String> postJson(String path, String body, String auth) {
    return post(path, "application/json", body, auth);
  }

  protected HttpResponse<String> get(String path, String auth) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
    if (auth != null) {
      request.header("Authorization", auth);
    }
    return send(request.build());
  }

  protected HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  protected JsonNode control(String path) {
    return json(get("/_control/" + path, null));
  }

  protected JsonNode controlPost(String path, String body) {
    HttpResponse<String> response = postJson("/_control/" + path, body, null);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(response.statusCode() + " " + response.body());
    }
    return json(response);
  }

  protected static JsonNode json(HttpResponse<String> response) {
    return Json.tree(response.body().getBytes(StandardCharsets.UTF_8));
  }

  protected static String basic(String userAndPassword) {
    return "Basic "
        + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
  }

  /** Polls until the condition holds, failing after {@code seconds}. */
  protected static void await(int seconds, BooleanSupplier condition) {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within " + seconds + " s");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** Waits a little to show nothing more arrives. */
  protected static void settle(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
