package io.cascade.simulator.hyber;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.simulator.SimulatorHarness;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class HyberApiTest extends SimulatorHarness {
  private static final String AUTH = basic("demo:demo-secret");

  private String single(String phone, String extraId, String callback) {
    return """
        {"phone_number": %s, "extra_id": "%s", %s
         "channels": ["viber", "sms"],
         "channel_options": {
           "viber": {"text": "Text for Viber", "ttl": 60, "device": "phone"},
           "sms": {"text": "Text for SMS", "alpha_name": "GMSU", "ttl": 300}}}
        """
        .formatted(
            phone, extraId, callback == null ? "" : "\"callback_url\": \"" + callback + "\",");
  }

  private static String batch(int recipients) {
    StringBuilder body = new StringBuilder(recipients * 80 + 300).append("{\"messages\":[");
    for (int i = 0; i < recipients; i++) {
      if (i > 0) {
        body.append(',');
      }
      body.append("{\"phone_number\":")
          .append(380_500_000_000L + i)
          .append(",\"extra_id\":\"m-")
          .append(i)
          .append("\",\"text\":\"Hello #")
          .append(i)
          .append("\"}");
    }
    return body.append(
            "],\"channels\":[\"viber\",\"sms\"],\"channel_options\":{\"viber\":{\"ttl\":60},"
                + "\"sms\":{\"alpha_name\":\"GMSU\",\"ttl\":300}}}")
        .toString();
  }

  @Test
  void acceptsSingleMessageWithUuid() {
    HttpResponse<String> response =
        postJson("/hyber/api-v2/1001", single("380961111111", "AD-1", null), AUTH);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("message_id").asText()).hasSize(36);
  }

  @Test
  void rejectsWrongPasswordAndUnknownClient() {
    assertThat(
            postJson("/hyber/api-v2/1001", single("380961111111", "a", null), basic("demo:x"))
                .statusCode())
        .isEqualTo(401);
    assertThat(postJson("/hyber/api-v2/9999", single("380961111111", "a", null), AUTH).statusCode())
        .isEqualTo(401);
    assertThat(control("stats").path("sends").path("sends").asLong()).isZero();
  }

  @Test
  void rejectsIncorrectPhoneWithDocumentedError() {
    HttpResponse<String> response =
        postJson("/hyber/api-v2/1001", single("\"+38096\"", "AD-1", null), AUTH);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo("{\"error_code\":36024,\"error_text\":\"Phone number incorrect\"}");
  }

  @Test
  void rejectsChannelLimits() {
    String repeated =
        "{\"phone_number\":380961111111,\"channels\":[\"sms\",\"sms\"],"
            + "\"channel_options\":{\"sms\":{\"text\":\"x\",\"alpha_name\":\"GMSU\"}}}";
    String longAlpha =
        "{\"phone_number\":380961111111,\"channels\":[\"sms\"],"
            + "\"channel_options\":{\"sms\":{\"text\":\"x\",\"alpha_name\":\"TWELVE_CHARS\"}}}";
    String shortTtl =
        "{\"phone_number\":380961111111,\"channels\":[\"viber\"],"
            + "\"channel_options\":{\"viber\":{\"text\":\"x\",\"ttl\":10}}}";

    assertThat(json(postJson("/hyber/api-v2/1001", repeated, AUTH)).path("error_code").asInt())
        .isEqualTo(HyberError.INVALID_CHANNELS);
    assertThat(json(postJson("/hyber/api-v2/1001", longAlpha, AUTH)).path("error_text").asText())
        .contains("alpha_name");
    assertThat(json(postJson("/hyber/api-v2/1001", shortTtl, AUTH)).path("error_text").asText())
        .contains("viber.ttl");
  }

  @Test
  void acceptsFiftyThousandRecipientsInOneBatchAndRefusesOneMore() {
    HttpResponse<String> accepted = postJson("/hyber/proxy/1001/batch", batch(50_000), AUTH);
    HttpResponse<String> refused = postJson("/hyber/proxy/1001/batch", batch(50_001), AUTH);

    assertThat(accepted.statusCode()).isEqualTo(200);
    assertThat(json(accepted).path("job_id").asText()).hasSize(36);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).path("error_code").asInt()).isEqualTo(HyberError.TOO_MANY_RECIPIENTS);
    JsonNode sends = control("stats").path("sends");
    assertThat(sends.path("sends").asLong()).isEqualTo(50_000);
    assertThat(sends.path("duplicate_sends").asLong()).isZero();
  }

  @Test
  void syncBatchAnswersPerMessageAndStatusReportFollows() {
    String body =
        "{\"messages\":[{\"phone_number\":380961111111,\"extra_id\":\"A\",\"text\":\"one\"},"
            + "{\"phone_number\":\"bad\",\"extra_id\":\"B\",\"text\":\"two\"}],"
            + "\"channels\":[\"sms\"],\"channel_options\":{\"sms\":{\"alpha_name\":\"GMSU\"}}}";

    JsonNode sync = json(postJson("/hyber/proxy/1001/batch/sync", body, AUTH));

    JsonNode first = sync.path("messages").get(0);
    JsonNode second = sync.path("messages").get(1);
    assertThat(first.path("accepted").asBoolean()).isTrue();
    assertThat(first.path("processed").asBoolean()).isTrue();
    assertThat(first.path("extra_id").asText()).isEqualTo("A");
    assertThat(first.path("message_id").asText()).hasSize(36);
    assertThat(second.path("accepted").asBoolean()).isFalse();
    assertThat(second.path("error_code").asInt()).isEqualTo(36024);

    String jobId = json(postJson("/hyber/proxy/1001/batch", body, AUTH)).path("job_id").asText();
    await(
        5,
        () ->
            json(get("/hyber/proxy/1001/status/" + jobId, AUTH))
                    .path("messages")
                    .get(0)
                    .path("status")
                    .asInt()
                == 2);
    JsonNode report = json(get("/hyber/proxy/1001/status/" + jobId, AUTH)).path("messages").get(0);
    assertThat(report.path("hyber_status").asInt()).isEqualTo(23011);
    assertThat(report.path("substatus").asInt()).isEqualTo(23);
    assertThat(report.path("total_sms_parts").asInt()).isEqualTo(1);
  }

  @Test
  void broadcastFillsVariablesPerRecipient() {
    String body =
        "{\"recipients\":[{\"phone_number\":380961111111,\"extra_id\":\"X1\",\"name\":\"Michael\",\"greeting\":\"Mr.\"},"
            + "{\"phone_number\":380962222222,\"extra_id\":\"X2\",\"name\":\"Zoya\",\"greeting\":\"Ms.\"}],"
            + "\"channels\":[\"viber\"],\"channel_options\":{\"viber\":{\"text\":\"Dear %greeting% %name%!\","
            + "\"file_name\":\"%name%.pdf\",\"action\":\"https://example.com/%name%\"}}}";

    assertThat(postJson("/hyber/proxy/1001/broadcast/sync", body, AUTH).statusCode())
        .isEqualTo(200);

    JsonNode zoya = control("messages?phone=380962222222").get(0).path("texts");
    assertThat(zoya.path("viber").asText()).isEqualTo("Dear Ms. Zoya!");
    assertThat(zoya.path("viber.file_name").asText()).isEqualTo("Zoya.pdf");
    assertThat(control("messages?phone=380961111111").get(0).path("texts").path("viber").asText())
        .isEqualTo("Dear Mr. Michael!");
  }

  @Test
  void deliveryReportByMessageIdAndByExtraId() {
    String messageId =
        json(postJson("/hyber/api-v2/1001", single("380961111111", "EXT-7", null), AUTH))
            .path("message_id")
            .asText();

    await(
        5,
        () ->
            json(get("/hyber/dr-v2/1001/api/dr/" + messageId + "/simple", AUTH))
                    .path("status")
                    .asInt()
                == 2);
    JsonNode advanced = json(get("/hyber/dr-v2/1001/api/dr/external/EXT-7/advanced", AUTH));
    assertThat(advanced.path("message_id").asText()).isEqualTo(messageId);
    assertThat(advanced.path("sent_via").asText()).isEqualTo("viber");
    assertThat(advanced.path("hyber_status").asInt()).isEqualTo(23033);
    assertThat(get("/hyber/dr-v2/1001/api/dr/external/unknown/simple", AUTH).statusCode())
        .isEqualTo(404);
  }

  @Test
  void injectedTemporaryErrorsAreRetryableAndNotCounted() {
    controlPost("faults", "{\"provider\":\"hyber\",\"kind\":\"temporary_error\",\"count\":1}");
    controlPost("faults", "{\"provider\":\"hyber\",\"kind\":\"rate_limit\",\"count\":1}");
    controlPost(
        "faults", "{\"provider\":\"hyber\",\"kind\":\"http_5xx\",\"status\":502,\"count\":1}");
    String body = single("380961111111", "R-1", null);

    assertThat(postJson("/hyber/api-v2/1001", body, AUTH).statusCode()).isEqualTo(503);
    assertThat(postJson("/hyber/api-v2/1001", body, AUTH).statusCode()).isEqualTo(429);
    assertThat(postJson("/hyber/api-v2/1001", body, AUTH).statusCode()).isEqualTo(502);
    assertThat(postJson("/hyber/api-v2/1001", body, AUTH).statusCode()).isEqualTo(200);
    assertThat(control("sends?provider=hyber&phone=380961111111&id=R-1").path("total").asInt())
        .isEqualTo(1);
  }

  @Test
  void deliveryCallbackArrivesInHyberFormat() {
    String messageId =
        json(postJson("/hyber/api-v2/1001", single("380961111111", "CB-1", callbackUrl), AUTH))
            .path("message_id")
            .asText();

    await(5, () -> received.size() == 1);
    JsonNode callback = received.get(0).json();
    assertThat(received.get(0).contentType()).startsWith("application/json");
    assertThat(callback.path("message_id").asText()).isEqualTo(messageId);
    assertThat(callback.path("extra_id").asText()).isEqualTo("CB-1");
    assertThat(callback.path("phone_number").asText()).isEqualTo("380961111111");
    assertThat(callback.path("status").asInt()).isEqualTo(2);
    assertThat(callback.path("sent_via").asText()).isEqualTo("viber");
  }

  @Test
  void undeliveredViberCascadesToSmsBeforeTheFinalCallback() {
    controlPost("outcomes", "{\"provider\":\"hyber\",\"delivered\":0,\"undelivered\":1}");

    postJson("/hyber/api-v2/1001", single("380961111111", "CAS-1", callbackUrl), AUTH);

    await(5, () -> received.size() == 1);
    JsonNode callback = received.get(0).json();
    assertThat(callback.path("sent_via").asText()).isEqualTo("sms");
    assertThat(callback.path("status").asInt()).isEqualTo(3);
    assertThat(callback.path("substatus").asInt()).isEqualTo(36);
    assertThat(callback.path("error_text").asText()).isNotBlank();
  }

  @Test
  void seenClickAndReplyCallbacksFollowDelivery() {
    controlPost("outcomes", "{\"seen\":1,\"clicked\":1,\"replied\":1}");
    String body =
        "{\"phone_number\":380961111111,\"extra_id\":\"S-1\",\"callback_url\":\""
            + callbackUrl
            + "\","
            + "\"channels\":[\"viber\"],\"channel_options\":{\"viber\":{\"text\":\"https://x.example\",\"ctr\":true}}}";

    postJson("/hyber/api-v2/1001", body, AUTH);

    await(5, () -> received.size() == 4);
    assertThat(received.get(0).json().path("status").asInt()).isEqualTo(2);
    assertThat(received.get(1).json().path("seen").asBoolean()).isTrue();
    assertThat(received.get(2).json().path("clicks").asInt()).isPositive();
    assertThat(received.get(3).json().path("text_from_subscriber").asText()).isNotBlank();
    assertThat(received.get(3).json().path("channel").asText()).isEqualTo("viber");
  }

  @Test
  void callbackIsRetriedUntilAnswered200() {
    failFirst.set(2);

    postJson("/hyber/api-v2/1001", single("380961111111", "RT-1", callbackUrl), AUTH);

    await(5, () -> received.size() == 1);
    assertThat(control("stats").path("callbacks").path("failed_attempts").asInt()).isEqualTo(2);
  }

  @Test
  void everyRecipientOfABroadcastGetsExactlyOneCallback() {
    StringBuilder recipients = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      recipients
          .append(i == 0 ? "" : ",")
          .append("{\"phone_number\":")
          .append(380_600_000_000L + i)
          .append(",\"extra_id\":\"bc-")
          .append(i)
          .append("\",\"name\":\"n")
          .append(i)
          .append("\"}");
    }
    String body =
        "{\"recipients\":["
            + recipients
            + "],\"callback_url\":\""
            + callbackUrl
            + "\","
            + "\"channels\":[\"sms\"],\"channel_options\":{\"sms\":{\"text\":\"Hi %name%\",\"alpha_name\":\"GMSU\"}}}";

    assertThat(postJson("/hyber/proxy/1001/broadcast", body, AUTH).statusCode()).isEqualTo(200);

    await(20, () -> received.size() >= 2_000);
    settle(300);
    assertThat(received).hasSize(2_000);
    assertThat(received.stream().map(r -> r.json().path("extra_id").asText()).distinct().count())
        .isEqualTo(2_000);
    assertThat(control("stats").path("callbacks").path("delivered").asInt()).isEqualTo(2_000);
  }

  @Test
  void acceptsChunkedRequestBody() {
    byte[] body =
        single("380961111111", "CH-1", null).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.net.http.HttpRequest request =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/hyber/api-v2/1001"))
            .header("Authorization", AUTH)
            .header("Content-Type", "application/json")
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(body)))
            .build();

    HttpResponse<String> response = send(request);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(control("sends?phone=380961111111&id=CH-1").path("total").asInt()).isEqualTo(1);
  }
}
