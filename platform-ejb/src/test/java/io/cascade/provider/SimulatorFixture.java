package io.cascade.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.cascade.simulator.Simulator;
import io.cascade.simulator.SimulatorConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * The real provider simulator, started in-process on a free loopback port through its main API
 * ({@link Simulator#start}), plus a JDK {@link HttpServer} that receives its callbacks as they
 * arrived on the wire. Time is compressed: final statuses come 30..80 ms after a send.
 *
 * <p>Default accounts of the simulator: Hyber client 1001 {@code demo}/{@code demo-secret},
 * Messaggio {@code demo}/{@code demo-secret} (its callback URL is set here to the receiver),
 * DecisionTelecom key {@code demo-key}.
 */
final class SimulatorFixture implements AutoCloseable {

  static final String HYBER_CLIENT_ID = "1001";
  static final String LOGIN = "demo";
  static final String SECRET = "demo-secret";
  static final String DT_KEY = "demo-key";

  static {
    // one simulator per test: Undertow's start and stop lines would drown the test output
    java.util.logging.Logger.getLogger("io.undertow").setLevel(java.util.logging.Level.WARNING);
    java.util.logging.Logger.getLogger("org.xnio").setLevel(java.util.logging.Level.WARNING);
  }

  /** A callback as the simulator sent it. */
  record Received(String method, String query, String contentType, String body) {

    JsonNode json() {
      try {
        return ProviderJson.MAPPER.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Query parameters (GET) or form fields (POST), decoded. */
    Map<String, List<String>> params() {
      String raw = body == null || body.isEmpty() ? query : body;
      Map<String, List<String>> out = new LinkedHashMap<>();
      if (raw == null || raw.isEmpty()) {
        return out;
      }
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        String key =
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value =
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      }
      return out;
    }

    /** As our callback resource hands it to {@code parseCallback}. */
    CallbackPayload payload() {
      Map<String, List<String>> query = new LinkedHashMap<>();
      if (this.query != null && !this.query.isEmpty()) {
        query.putAll(new Received(method, this.query, contentType, "").params());
      }
      return new CallbackPayload(body, contentType, query);
    }
  }

  final Simulator simulator;
  final URI base;
  final URI callbackUrl;
  final List<Received> received = new CopyOnWriteArrayList<>();
  private final HttpServer receiver;
  private final ExecutorService receiverThreads = Executors.newFixedThreadPool(4);
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  SimulatorFixture() {
    this(Map.of());
  }

  /** With extra simulator settings, e.g. {@code decisiontelecom_errors_http200=true}. */
  SimulatorFixture(Map<String, String> settings) {
    try {
      receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    receiver.setExecutor(receiverThreads);
    receiver.createContext(
        "/",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          received.add(
              new Received(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getRawQuery(),
                  exchange.getRequestHeaders().getFirst("Content-Type"),
                  new String(body, StandardCharsets.UTF_8)));
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    receiver.start();
    callbackUrl = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/callbacks");
    SimulatorConfig config =
        SimulatorConfig.defaults()
            .withPort(0)
            .with("bind", "127.0.0.1")
            .with("retry_initial_ms", "100")
            .with("retry_max_ms", "200")
            .with("retry_window_ms", "5000")
            .with(
                "messaggio_accounts",
                "[{\"user\":\""
                    + LOGIN
                    + "\",\"secret\":\""
                    + SECRET
                    + "\",\"callback_url\":\""
                    + callbackUrl
                    + "\",\"callback_method\":\"POST\",\"balance\":null}]")
            .with(
                "outcomes",
                "{\"delivered\":1,\"undelivered\":0,\"expired\":0,\"seen\":0,\"clicked\":0,"
                    + "\"replied\":0,\"min_delay_ms\":30,\"max_delay_ms\":80}");
    for (Map.Entry<String, String> setting : settings.entrySet()) {
      config = config.with(setting.getKey(), setting.getValue());
    }
    simulator = Simulator.start(config);
    base = URI.create(simulator.baseUrl());
  }

  @Override
  public void close() {
    simulator.close();
    receiver.stop(0);
    receiverThreads.shutdownNow();
  }

  /** Every message sent from now on ends this way (fractions as in {@code /_control/outcomes}). */
  void outcomes(String json) {
    controlPost("outcomes", json);
  }

  /** Adds a fault rule, e.g. {@code {"provider":"hyber","kind":"rate_limit"}}. */
  void fault(String json) {
    controlPost("faults", json);
  }

  JsonNode control(String pathAndQuery) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/_control/" + pathAndQuery))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    return json(send(request));
  }

  JsonNode controlPost(String path, String body) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/_control/" + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = send(request);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
    }
    return json(response);
  }

  /** How many times the simulator accepted a message for this (phone, our id). */
  long sends(String provider, String phoneDigits, String ourId) {
    return control("sends?provider=" + provider + "&phone=" + phoneDigits + "&id=" + ourId)
        .path("total")
        .asLong();
  }

  /** A raw POST to the simulator, for what our clients would never send. */
  HttpResponse<String> post(String path, String contentType, String auth, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (auth != null) {
      request.header("Authorization", auth);
    }
    return send(request.build());
  }

  /** Waits until the condition holds, failing after {@code seconds}. */
  static void await(int seconds, String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("within " + seconds + " s: " + what);
      }
      sleep(20);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode tree(String json) {
    try {
      return ProviderJson.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return ProviderJson.MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
