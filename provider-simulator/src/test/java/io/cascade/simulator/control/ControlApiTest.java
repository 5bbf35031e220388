package io.cascade.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.simulator.SimulatorHarness;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ControlApiTest extends SimulatorHarness {
  private static final String AUTH = basic("demo:demo-secret");

  private static String sms(String phone, String extraId, String callback) {
    return "{\"phone_number\":"
        + phone
        + ",\"extra_id\":\""
        + extraId
        + "\","
        + (callback == null ? "" : "\"callback_url\":\"" + callback + "\",")
        + "\"channels\":[\"sms\"],\"channel_options\":{\"sms\":{\"text\":\"hi\",\"alpha_name\":\"GMSU\"}}}";
  }

  @Test
  void countsSendsPerPhoneAndOurIdAndReportsDuplicates() {
    postJson("/hyber/api-v2/1001", sms("380961111111", "A-1", null), AUTH);
    postJson("/hyber/api-v2/1001", sms("380961111111", "A-1", null), AUTH);
    postJson("/hyber/api-v2/1001", sms("380961111111", "A-2", null), AUTH);
    postJson("/hyber/api-v2/1001", sms("380962222222", "A-1", null), AUTH);

    JsonNode a1 = control("sends?phone=380961111111&id=A-1");
    JsonNode phone = control("sends?phone=380961111111");
    JsonNode stats = control("stats");
    JsonNode duplicates = control("duplicates");

    assertThat(a1.path("total").asInt()).isEqualTo(2);
    assertThat(a1.path("sends").get(0).path("provider").asText()).isEqualTo("hyber");
    assertThat(phone.path("total").asInt()).isEqualTo(3);
    assertThat(phone.path("sends")).hasSize(2);
    assertThat(stats.path("sends").path("sends").asInt()).isEqualTo(4);
    assertThat(stats.path("sends").path("unique_keys").asInt()).isEqualTo(3);
    assertThat(stats.path("duplicates").asInt()).isEqualTo(1);
    assertThat(duplicates.path("keys")).hasSize(1);
    assertThat(duplicates.path("keys").get(0).path("our_id").asText()).isEqualTo("A-1");
    assertThat(duplicates.path("keys").get(0).path("phone").asText()).isEqualTo("380961111111");
    assertThat(duplicates.path("keys").get(0).path("count").asInt()).isEqualTo(2);
  }

  @Test
  void resetForgetsCountsRequestsAndFaults() {
    postJson("/hyber/api-v2/1001", sms("380961111111", "A-1", null), AUTH);
    controlPost("faults", "{\"kind\":\"http_5xx\",\"count\":5}");

    controlPost("reset", "{}");

    assertThat(control("stats").path("sends").path("sends").asInt()).isZero();
    assertThat(control("requests").size()).isZero();
    assertThat(control("faults").size()).isZero();
    assertThat(control("health").path("status").asText()).isEqualTo("UP");
  }

  @Test
  void recordsTheLastRequestsWithTheirBodies() {
    postJson("/hyber/api-v2/1001", sms("380961111111", "LOG-1", null), AUTH);

    JsonNode last = control("requests?limit=1").get(0);

    assertThat(last.path("provider").asText()).isEqualTo("hyber");
    assertThat(last.path("path").asText()).isEqualTo("/hyber/api-v2/1001");
    assertThat(last.path("status").asInt()).isEqualTo(200);
    assertThat(last.path("body").asText()).contains("LOG-1");
  }

  @Test
  void timeoutAfterAcceptanceCountsTheSendButGivesNoAnswer() {
    controlPost("faults", "{\"kind\":\"timeout\",\"count\":1,\"delay_ms\":3000,\"process\":true}");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/hyber/api-v2/1001"))
            .timeout(Duration.ofMillis(500))
            .header("Authorization", AUTH)
            .POST(HttpRequest.BodyPublishers.ofString(sms("380961111111", "TO-1", null)))
            .build();

    assertThatThrownBy(() -> http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(HttpTimeoutException.class);
    postJson("/hyber/api-v2/1001", sms("380961111111", "TO-1", null), AUTH);

    assertThat(control("sends?phone=380961111111&id=TO-1").path("total").asInt()).isEqualTo(2);
    assertThat(control("stats").path("duplicates").asInt()).isEqualTo(1);
  }

  @Test
  void slowFaultDelaysTheAnswer() {
    controlPost("faults", "{\"kind\":\"slow\",\"count\":1,\"delay_ms\":400}");

    long started = System.nanoTime();
    int status =
        postJson("/hyber/api-v2/1001", sms("380961111111", "SL-1", null), AUTH).statusCode();

    assertThat(status).isEqualTo(200);
    assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(400);
  }

  @Test
  void outOfOrderCallbacksDeliverFinalBeforeAStaleStatus() {
    controlPost("faults", "{\"kind\":\"out_of_order_callback\",\"count\":1}");

    postJson("/hyber/api-v2/1001", sms("380961111111", "OO-1", callbackUrl), AUTH);

    await(5, () -> received.size() == 2);
    assertThat(received.get(0).json().path("status").asInt()).isEqualTo(2);
    assertThat(received.get(1).json().path("status").asInt()).isEqualTo(1);
  }

  @Test
  void duplicateHyberCallbackIsInjectedOnce() {
    controlPost("faults", "{\"provider\":\"hyber\",\"kind\":\"duplicate_callback\",\"count\":1}");

    postJson("/hyber/api-v2/1001", sms("380961111111", "DUP-1", callbackUrl), AUTH);
    postJson("/hyber/api-v2/1001", sms("380961111111", "DUP-2", callbackUrl), AUTH);

    await(5, () -> received.size() == 3);
    settle(300);
    assertThat(received).hasSize(3);
    assertThat(received.stream().filter(r -> r.body().contains("DUP-1")).count()).isEqualTo(2);
  }

  @Test
  void accountsRegisteredAtRunTimeAreAccepted() {
    controlPost(
        "accounts",
        "{\"provider\":\"hyber\",\"client_id\":\"2002\",\"login\":\"t\",\"password\":\"p\"}");

    assertThat(
            postJson("/hyber/api-v2/2002", sms("380961111111", "N-1", null), basic("t:p"))
                .statusCode())
        .isEqualTo(200);
    assertThat(control("accounts").path("hyber")).hasSize(2);
  }

  @Test
  void rejectsUnknownFaultKind() {
    assertThat(postJson("/_control/faults", "{\"kind\":\"meteor\"}", null).statusCode())
        .isEqualTo(400);
  }
}
