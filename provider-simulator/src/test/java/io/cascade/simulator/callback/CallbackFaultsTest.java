package io.cascade.simulator.callback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.simulator.SimulatorHarness;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallbackFaultsTest extends SimulatorHarness {
  private static final String AUTH = basic("demo:demo-secret");

  /** A Hyber batch on Viber of {@code recipients} messages with ids {@code prefix-0...}. */
  private String viberBatch(String prefix, int recipients) {
    StringBuilder body = new StringBuilder("{\"messages\":[");
    for (int i = 0; i < recipients; i++) {
      body.append(i == 0 ? "" : ",")
          .append("{\"phone_number\":")
          .append(380_500_000_000L + i)
          .append(",\"extra_id\":\"")
          .append(prefix)
          .append('-')
          .append(i)
          .append("\",\"text\":\"Hello\"}");
    }
    return body.append("],\"callback_url\":\"")
        .append(callbackUrl)
        .append("\",\"channels\":[\"viber\"],\"channel_options\":{\"viber\":{\"ttl\":60}}}")
        .toString();
  }

  /** The callbacks received per extra_id, in the order they arrived. */
  private Map<String, List<JsonNode>> receivedByExtraId() {
    Map<String, List<JsonNode>> out = new LinkedHashMap<>();
    for (Received r : received) {
      JsonNode json = r.json();
      out.computeIfAbsent(json.path("extra_id").asText(), k -> new ArrayList<>()).add(json);
    }
    return out;
  }

  private static boolean isSeen(JsonNode report) {
    return report.path("seen").asBoolean(false);
  }

  @Test
  void threeCopiesOfEveryCallbackArriveShuffled() {
    controlPost("outcomes", "{\"delivered\":1,\"seen\":1,\"min_delay_ms\":10,\"max_delay_ms\":60}");
    controlPost(
        "faults",
        "{\"provider\":\"any\",\"kind\":\"duplicate_callback\",\"ratio\":1,\"copies\":3}");
    int messages = 300;

    postJson("/hyber/proxy/1001/batch", viberBatch("C", messages), AUTH);

    int expected = messages * 2 * 3; // delivered and seen, three copies of each
    await(30, () -> received.size() >= expected);
    settle(300);
    assertThat(received).hasSize(expected);
    Map<String, List<JsonNode>> byMessage = receivedByExtraId();
    assertThat(byMessage).hasSize(messages);
    long shuffled = 0;
    for (List<JsonNode> callbacks : byMessage.values()) {
      assertThat(callbacks.stream().filter(c -> !isSeen(c)).map(c -> c.path("status").asInt()))
          .containsExactly(2, 2, 2);
      assertThat(callbacks.stream().filter(CallbackFaultsTest::isSeen)).hasSize(3);
      int firstSeen = indexOf(callbacks, true, false);
      int lastDelivered = indexOf(callbacks, false, true);
      if (firstSeen < lastDelivered) {
        shuffled++; // a copy of "delivered" came after a "seen"
      }
    }
    assertThat(shuffled).isPositive();
    JsonNode stats = control("stats").path("callbacks");
    assertThat(stats.path("duplicates_injected").asLong()).isEqualTo(messages * 2L * 2);
    assertThat(stats.path("delivered").asLong()).isEqualTo(expected);
  }

  /** The first (or last) index of a seen (or delivered) callback in the arrival order. */
  private static int indexOf(List<JsonNode> callbacks, boolean seen, boolean last) {
    int found = -1;
    for (int i = 0; i < callbacks.size(); i++) {
      if (isSeen(callbacks.get(i)) == seen) {
        found = i;
        if (!last) {
          break;
        }
      }
    }
    return found;
  }

  @Test
  void copiesIsRefusedForOtherKindsAndOutOfRange() {
    assertThat(postJson("/_control/faults", "{\"kind\":\"slow\",\"copies\":3}", null).statusCode())
        .isEqualTo(400);
    assertThat(
            postJson("/_control/faults", "{\"kind\":\"duplicate_callback\",\"copies\":0}", null)
                .statusCode())
        .isEqualTo(400);
    assertThat(controlPost("faults", "{\"kind\":\"duplicate_callback\"}").path("copies").asInt())
        .isEqualTo(2);
  }

  @Test
  void droppedHyberCallbacksNeverComeButStatusQueriesTellTheFinalState() {
    controlPost("faults", "{\"provider\":\"hyber\",\"kind\":\"drop_callback\",\"count\":2}");

    String jobId =
        json(postJson("/hyber/proxy/1001/batch", viberBatch("D", 5), AUTH)).path("job_id").asText();

    await(5, () -> received.size() == 3);
    settle(400);
    assertThat(receivedByExtraId().keySet()).containsExactlyInAnyOrder("D-2", "D-3", "D-4");
    JsonNode job = json(get("/hyber/proxy/1001/status/" + jobId, AUTH)).path("messages");
    assertThat(job).hasSize(5);
    job.forEach(report -> assertThat(report.path("status").asInt()).isEqualTo(2));
    String firstId = job.get(0).path("message_id").asText();
    JsonNode byMessageId = json(get("/hyber/dr-v2/1001/api/dr/" + firstId + "/simple", AUTH));
    JsonNode byExtraId = json(get("/hyber/dr-v2/1001/api/dr/external/D-1/advanced", AUTH));
    assertThat(byMessageId.path("extra_id").asText()).isEqualTo("D-0");
    assertThat(byMessageId.path("hyber_status").asInt()).isEqualTo(23033);
    assertThat(byExtraId.path("status").asInt()).isEqualTo(2);
    assertThat(byExtraId.path("sent_via").asText()).isEqualTo("viber");
    JsonNode stats = control("stats").path("callbacks");
    assertThat(stats.path("dropped_by_fault").asLong()).isEqualTo(2);
    assertThat(stats.path("dropped").asLong()).isZero();
    assertThat(control("faults")).isEmpty();
  }

  @Test
  void droppedDecisionTelecomCallbackLeavesTheStatusQueryAnswering() {
    controlPost("outcomes", "{\"delivered\":0,\"undelivered\":1}");
    controlPost("faults", "{\"provider\":\"decisiontelecom\",\"kind\":\"drop\",\"ratio\":1}");
    String key = "Basic " + java.util.Base64.getEncoder().encodeToString("demo-key".getBytes());

    long id =
        json(postJson(
                "/decisiontelecom/v1/api/send-viber",
                "{\"source_addr\":\"Company\",\"destination_addr\":380961111111,"
                    + "\"message_type\":106,\"text\":\"Hi\",\"source_type\":2,"
                    + "\"text_sms\":\"Hi by SMS\",\"validity_period\":40,"
                    + "\"callback_url\":\""
                    + callbackUrl
                    + "\"}",
                key))
            .path("message_id")
            .asLong();

    settle(400);
    assertThat(received).isEmpty();
    JsonNode status =
        json(postJson("/decisiontelecom/v1/api/receive-viber", "{\"message_id\":" + id + "}", key));
    assertThat(status.path("status").asInt()).isEqualTo(4);
    assertThat(status.path("sms_message_status").asInt()).isEqualTo(5);
    assertThat(control("stats").path("callbacks").path("dropped_by_fault").asLong()).isEqualTo(1);
  }
}
