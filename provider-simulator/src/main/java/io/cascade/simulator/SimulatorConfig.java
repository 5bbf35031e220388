package io.cascade.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cascade.simulator.account.DecisionTelecomAccount;
import io.cascade.simulator.account.HyberAccount;
import io.cascade.simulator.account.MessaggioAccount;
import io.cascade.simulator.http.Json;
import io.cascade.simulator.message.Outcomes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every setting of the simulator. Sources, later ones winning: the defaults below, the JSON file
 * named by {@code SIMULATOR_CONFIG} / {@code -Dsimulator.config}, then per key the environment
 * variable {@code SIMULATOR_<KEY>} and the system property {@code simulator.<key>} (key in
 * snake_case, e.g. {@code SIMULATOR_PORT}, {@code -Dsimulator.retry_window_ms=60000}). A value
 * starting with [ or { is read as JSON, so lists of accounts fit in one variable.
 */
public record SimulatorConfig(
    String bind,
    int port,
    int ioThreads,
    int workerThreads,
    int callbackThreads,
    long callbackTimeoutMs,
    long retryInitialMs,
    long retryMaxMs,
    long retryWindowMs,
    long callbackPendingLimit,
    int hyberCallbackBatch,
    int requestLogSize,
    int requestLogBodyBytes,
    int messageCapacity,
    int jobCapacity,
    int messaggioMaxPhones,
    boolean decisiontelecomErrorsHttp200,
    Outcomes outcomes,
    List<HyberAccount> hyberAccounts,
    List<MessaggioAccount> messaggioAccounts,
    List<DecisionTelecomAccount> decisiontelecomAccounts) {

  public static SimulatorConfig defaults() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new SimulatorConfig(
        "127.0.0.1",
        8190,
        Math.max(2, cores),
        Math.max(16, cores * 8),
        16,
        10_000,
        1_000,
        60_000,
        24L * 3600 * 1000, // Messaggio resends DLRs for 24 h; compress with retry_window_ms
        2_000_000,
        1, // one report per Hyber callback request
        200,
        64 * 1024,
        1_000_000,
        200,
        50_000,
        false,
        Outcomes.DEFAULT,
        List.of(new HyberAccount("1001", "demo", "demo-secret")),
        List.of(new MessaggioAccount("demo", "demo-secret", null, "POST", null)),
        List.of(new DecisionTelecomAccount("demo-key")));
  }

  /** Defaults, then the config file, then environment variables, then system properties. */
  public static SimulatorConfig load() {
    return load(System.getenv(), System.getProperties());
  }

  static SimulatorConfig load(Map<String, String> env, Map<Object, Object> props) {
    ObjectNode node = Json.MAPPER.valueToTree(defaults());
    String file = lookup("config", env, props);
    if (file != null && !file.isBlank()) {
      try {
        JsonNode fromFile = Json.MAPPER.readTree(Files.readAllBytes(Path.of(file)));
        fromFile.fields().forEachRemaining(e -> node.set(e.getKey(), e.getValue()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read simulator config " + file, e);
      }
    }
    for (Iterator<String> names = node.deepCopy().fieldNames(); names.hasNext(); ) {
      String name = names.next();
      String value = lookup(name, env, props);
      if (value != null) {
        node.set(name, parseValue(value));
      }
    }
    try {
      return Json.MAPPER.treeToValue(node, SimulatorConfig.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("invalid simulator configuration: " + e.getMessage(), e);
    }
  }

  public SimulatorConfig withPort(int newPort) {
    ObjectNode node = Json.MAPPER.valueToTree(this);
    node.put("port", newPort);
    return Json.MAPPER.convertValue(node, SimulatorConfig.class);
  }

  /** A copy with one setting changed, for tests: {@code with("retry_window_ms", "2000")}. */
  public SimulatorConfig with(String name, String value) {
    ObjectNode node = Json.MAPPER.valueToTree(this);
    node.set(name, parseValue(value));
    return Json.MAPPER.convertValue(node, SimulatorConfig.class);
  }

  private static String lookup(String name, Map<String, String> env, Map<Object, Object> props) {
    Object prop = props.get("simulator." + name);
    if (prop != null) {
      return prop.toString();
    }
    return env.get("SIMULATOR_" + name.toUpperCase(Locale.ROOT));
  }

  private static JsonNode parseValue(String value) {
    String trimmed = value.trim();
    if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
      try {
        return Json.MAPPER.readTree(trimmed);
      } catch (IOException e) {
        throw new IllegalArgumentException("invalid JSON setting: " + trimmed, e);
      }
    }
    return Json.MAPPER.getNodeFactory().textNode(trimmed);
  }
}
