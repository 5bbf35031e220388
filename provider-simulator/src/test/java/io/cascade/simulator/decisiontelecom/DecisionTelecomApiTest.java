package io.cascade.simulator.decisiontelecom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.simulator.SimulatorHarness;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class DecisionTelecomApiTest extends SimulatorHarness {
  private static final String SEND = "/decisiontelecom/v1/api/send-viber";
  private static final String STATUS = "/decisiontelecom/v1/api/receive-viber";
  private static final String KEY =
      basic("demo-key").replace("Basic ZGVtby1rZXk6", "Basic ZGVtby1rZXk=");

  /** DecisionTelecom's Basic auth is the Base64 of the access key alone. */
  private static String key() {
    return "Basic " + java.util.Base64.getEncoder().encodeToString("demo-key".getBytes());
  }

  private static String message(String extra) {
    return "{\"source_addr\":\"Custom Company\",\"destination_addr\":380961111111,\"message_type\":106,"
        + "\"text\":\"Message content\",\"source_type\":2"
        + extra
        + "}";
  }

  @Test
  void acceptsMessageAndAnswersIntegerId() {
    HttpResponse<String> response = postJson(SEND, message(""), key());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("message_id").isIntegralNumber()).isTrue();
  }

  @Test
  void rejectsUnknownKeyWith401NameAndStatus() {
    HttpResponse<String> response =
        postJson(
            SEND,
            message(""),
            "Basic " + java.util.Base64.getEncoder().encodeToString("other".getBytes()));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\"name\":\"Unauthorized\",\"status\":401}");
  }

  @Test
  void rejectsInvalidParametersWithCodeOne() {
    JsonNode type = json(postJson(SEND, message("").replace("106", "107"), key()));
    JsonNode smsForPromotion =
        json(
            postJson(
                SEND,
                message(",\"text_sms\":\"sms\"").replace("\"source_type\":2", "\"source_type\":1"),
                key()));
    JsonNode ttlWithSms =
        json(postJson(SEND, message(",\"text_sms\":\"sms\",\"validity_period\":60"), key()));
    JsonNode longSms =
        json(postJson(SEND, message(",\"text_sms\":\"" + "ж".repeat(71) + "\""), key()));
    JsonNode richWithoutButton =
        json(
            postJson(
                SEND,
                message(",\"image\":\"https://x.example/a.png\"").replace("106", "108"),
                key()));

    assertThat(type.path("message").asText()).isEqualTo("Invalid Parameter: message_type");
    assertThat(type.path("code").asInt()).isEqualTo(1);
    assertThat(type.path("status").asInt()).isEqualTo(400);
    assertThat(type.path("name").asText()).isNotBlank();
    assertThat(smsForPromotion.path("message").asText()).endsWith("text_sms");
    assertThat(ttlWithSms.path("message").asText()).endsWith("validity_period");
    assertThat(longSms.path("message").asText()).endsWith("text_sms");
    assertThat(richWithoutButton.path("message").asText()).endsWith("button_caption");
  }

  @Test
  void injectedRateLimitAndServerErrorAreRetryable() {
    controlPost("faults", "{\"provider\":\"decisiontelecom\",\"kind\":\"rate_limit\",\"count\":1}");
    controlPost(
        "faults", "{\"provider\":\"decisiontelecom\",\"kind\":\"temporary_error\",\"count\":1}");

    HttpResponse<String> limited = postJson(SEND, message(""), key());
    HttpResponse<String> failed = postJson(SEND, message(""), key());

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(json(limited).path("code").asInt()).isZero();
    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(json(failed).path("code").asInt()).isEqualTo(2);
    assertThat(postJson(SEND, message(""), key()).statusCode()).isEqualTo(200);
  }

  @Test
  void statusQueryAndCallbackShowSmsFallback() {
    controlPost("outcomes", "{\"provider\":\"decisiontelecom\",\"delivered\":0,\"expired\":1}");
    long id =
        json(postJson(
                SEND,
                message(
                    ",\"text_sms\":\"SMS content\",\"validity_period\":40,\"callback_url\":\""
                        + callbackUrl
                        + "\""),
                key()))
            .path("message_id")
            .asLong();

    await(5, () -> received.size() == 1);
    JsonNode callback = received.get(0).json();
    assertThat(callback.path("message_id").asLong()).isEqualTo(id);
    assertThat(callback.path("status").asInt()).isEqualTo(4);
    assertThat(callback.path("sms_message_status").asInt()).isEqualTo(3);
    JsonNode status = json(postJson(STATUS, "{\"message_id\":" + id + "}", key()));
    assertThat(status).isEqualTo(callback);
  }

  @Test
  void twoWayReplyArrivesInDocumentedShape() {
    controlPost("outcomes", "{\"replied\":1}");
    long id =
        json(postJson(
                SEND,
                message(",\"callback_url\":\"" + callbackUrl + "\"").replace("106", "206"),
                key()))
            .path("message_id")
            .asLong();

    await(5, () -> received.size() == 2);
    JsonNode reply = received.get(1).json();
    assertThat(received.get(0).json().path("status").asInt()).isEqualTo(1);
    assertThat(reply.path("phone_number").asText()).isEqualTo("380961111111");
    assertThat(reply.path("message_token").isIntegralNumber()).isTrue();
    assertThat(reply.path("time").isIntegralNumber()).isTrue();
    assertThat(reply.path("message").path("text").asText()).isNotBlank();
    assertThat(reply.path("message").path("tracking_data").asText()).isEqualTo("tracking_id:" + id);
  }
}
