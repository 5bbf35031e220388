package io.cascade.it.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import io.cascade.it.support.Platform;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The simulator's control API as the callback tests read it: its truth tally, stats, outcomes. */
final class SimulatorTruth {

  private SimulatorTruth() {}

  /**
   * Our counters of a campaign equal the simulator's tally of it: per state and hop, and seen and
   * replied when they were reported.
   */
  static void assertCountersEqual(JsonNode counts, JsonNode truth, boolean reactions) {
    JsonNode messages = counts.get("messages");
    for (String state : List.of("DELIVERED", "UNDELIVERED", "EXPIRED")) {
      assertThat(messages.get(state).asLong())
          .as("%s messages", state)
          .isEqualTo(truth.get("final").get(state).asLong());
    }
    assertThat(messages.get("SENT").asLong()).as("sent with no final report").isZero();
    assertThat(hops(counts.get("hops"))).isEqualTo(hops(truth.get("hops")));
    if (!reactions) {
      return;
    }
    assertThat(counts.get("reactions").path("SEEN").asLong())
        .as("seen")
        .isEqualTo(truth.get("seen").asLong());
    assertThat(counts.get("reactions").path("REPLIED").asLong())
        .as("replied")
        .isEqualTo(truth.get("replied").asLong());
  }

  /** Hop -> status -> count, without zero counts and with one spelling of the channels. */
  static Map<String, Map<String, Long>> hops(JsonNode hops) {
    Map<String, Map<String, Long>> all = new TreeMap<>();
    hops.properties()
        .forEach(
            hop ->
                hop.getValue()
                    .properties()
                    .forEach(
                        status -> {
                          long n = status.getValue().asLong();
                          if (n != 0) {
                            all.computeIfAbsent(
                                    hop.getKey().toUpperCase(Locale.ROOT), k -> new TreeMap<>())
                                .put(status.getKey(), n);
                          }
                        }));
    return all;
  }

  static JsonNode truth(String provider) {
    return control("GET", "/_control/truth?provider=" + provider, null).get(provider);
  }

  /** The tally of this campaign alone: after minus before, field by field. */
  static JsonNode minus(JsonNode after, JsonNode before) {
    if (after.isNumber()) {
      return LongNode.valueOf(after.asLong() - (before == null ? 0 : before.asLong()));
    }
    var result = JsonNodeFactory.instance.objectNode();
    after
        .properties()
        .forEach(
            e ->
                result.set(
                    e.getKey(),
                    minus(e.getValue(), before == null ? null : before.get(e.getKey()))));
    return result;
  }

  static JsonNode control(String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Platform.simulatorUrl() + path))
            .header("Content-Type", "application/json");
    request =
        json == null
            ? request.method(method, HttpRequest.BodyPublishers.noBody())
            : request.method(method, HttpRequest.BodyPublishers.ofString(json));
    return Platform.json(Platform.send(request).body());
  }
}
