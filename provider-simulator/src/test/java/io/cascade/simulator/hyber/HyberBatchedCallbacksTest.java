package io.cascade.simulator.hyber;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.simulator.SimulatorConfig;
import io.cascade.simulator.SimulatorHarness;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HyberBatchedCallbacksTest extends SimulatorHarness {
  private static final String AUTH = basic("demo:demo-secret");

  @Override
  protected SimulatorConfig configure(SimulatorConfig config) {
    return config.with("hyber_callback_batch", "10");
  }

  @Test
  void reportsDueTogetherArePostedAsArraysOfAtMostTheBatchSizeAndRepliesAlone() {
    failFirst.set(2); // the first two requests are answered 500 and retried whole
    controlPost("outcomes", "{\"replied\":1,\"min_delay_ms\":50,\"max_delay_ms\":50}");
    int messages = 95;
    StringBuilder body = new StringBuilder("{\"messages\":[");
    for (int i = 0; i < messages; i++) {
      body.append(i == 0 ? "" : ",")
          .append("{\"phone_number\":")
          .append(380_500_000_000L + i)
          .append(",\"extra_id\":\"B-")
          .append(i)
          .append("\",\"text\":\"Hello\"}");
    }
    body.append("],\"callback_url\":\"")
        .append(callbackUrl)
        .append("\",\"channels\":[\"viber\"],\"channel_options\":{\"viber\":{\"ttl\":60}}}");

    postJson("/hyber/proxy/1001/batch", body.toString(), AUTH);

    await(10, () -> control("stats").path("callbacks").path("delivered").asLong() == 2L * messages);
    settle(200);
    List<String> reported = new ArrayList<>();
    int arrays = 0;
    int largest = 0;
    int replies = 0;
    for (Received r : received) {
      JsonNode json = r.json();
      assertThat(r.contentType()).isEqualTo("application/json");
      if (json.isArray()) {
        arrays++;
        largest = Math.max(largest, json.size());
        json.forEach(
            report -> {
              assertThat(report.path("status").asInt()).isEqualTo(2);
              reported.add(report.path("extra_id").asText());
            });
      } else {
        assertThat(json.has("text_from_subscriber")).isTrue();
        replies++;
      }
    }
    assertThat(reported).hasSize(messages).doesNotHaveDuplicates();
    assertThat(replies).isEqualTo(messages);
    assertThat(largest).isGreaterThan(1).isLessThanOrEqualTo(10);
    assertThat(arrays).isLessThan(messages);
    JsonNode stats = control("stats").path("callbacks");
    assertThat(stats.path("pending").asLong()).isZero();
    assertThat(stats.path("failed_attempts").asLong()).isEqualTo(2);
  }
}
