package io.cascade.simulator.hyber;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.simulator.SimulatorHarness;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
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

  /** A single send on one channel with the given options (members of a JSON object). */
  private static String one(String phone, String channel, String options) {
    return ("{\"phone_number\":%s,\"extra_id\":\"O-1\",\"channels\":[\"%s\"],"
            + "\"channel_options\":{\"%s\":{%s}}}")
        .formatted(phone, channel, channel, options);
  }

  /** A mass send on one channel; {@code recipients} are JSON objects, comma separated. */
  private static String mass(String listName, String recipients, String channel, String options) {
    return "{\"%s\":[%s],\"channels\":[\"%s\"],\"channel_options\":{\"%s\":{%s}}}"
        .formatted(listName, recipients, channel, channel, options);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private void assertRefused(String body, int errorCode, String errorText) {
    HttpResponse<String> response = postJson("/hyber/api-v2/1001", body, AUTH);
    assertThat(response.statusCode()).as(body).isEqualTo(400);
    assertThat(fieldNames(json(response))).containsExactly("error_code", "error_text");
    assertThat(json(response).path("error_code").asInt()).isEqualTo(errorCode);
    assertThat(json(response).path("error_text").asText()).contains(errorText);
  }

  private void assertAccepted(String body) {
    HttpResponse<String> response = postJson("/hyber/api-v2/1001", body, AUTH);
    assertThat(response.statusCode()).as(body + " -> " + response.body()).isEqualTo(200);
  }

  /** The error code of each recipient of a sync mass send, 0 for an accepted one. */
  private List<Integer> recipientErrors(String path, String body) {
    HttpResponse<String> response = postJson(path, body, AUTH);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<Integer> codes = new ArrayList<>();
    for (JsonNode m : json(response).path("messages")) {
      assertThat(m.path("accepted").asBoolean()).isEqualTo(!m.has("error_code"));
      codes.add(m.path("error_code").asInt());
    }
    return codes;
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

  @Test
  void expiredSmsReportHasTheShapeOfTheSeedsExample() {
    controlPost(
        "outcomes", "{\"provider\":\"hyber\",\"delivered\":0,\"undelivered\":0,\"expired\":1}");
    String body =
        "{\"phone_number\":380961111111,\"extra_id\":\"EXP-1\",\"callback_url\":\""
            + callbackUrl
            + "\",\"channels\":[\"sms\"],\"channel_options\":{\"sms\":"
            + "{\"text\":\"Text for SMS\",\"alpha_name\":\"GMSU\",\"ttl\":300,\"ctr\":true}}}";
    String messageId = json(postJson("/hyber/api-v2/1001", body, AUTH)).path("message_id").asText();

    await(5, () -> received.size() == 1);
    JsonNode callback = received.get(0).json();
    JsonNode advanced = json(get("/hyber/dr-v2/1001/api/dr/" + messageId + "/advanced", AUTH));
    JsonNode simple = json(get("/hyber/dr-v2/1001/api/dr/" + messageId + "/simple", AUTH));

    // seed 001, campaign status: the "SMS expired" message has these fields and no status ones
    for (JsonNode report : List.of(callback, advanced)) {
      assertThat(fieldNames(report))
          .containsExactlyInAnyOrder(
              "time",
              "phone_number",
              "message_id",
              "extra_id",
              "processed",
              "accepted",
              "total_sms_parts",
              "error_text",
              "error_code",
              "clicks");
      assertThat(report.path("error_code").asInt()).isEqualTo(35015);
      assertThat(report.path("error_text").asText()).isEqualTo("SMS expired");
      assertThat(report.path("total_sms_parts").asInt()).isEqualTo(1);
      assertThat(report.path("clicks").asInt()).isZero();
      assertThat(report.path("accepted").asBoolean()).isTrue();
    }
    assertThat(simple.path("error_code").asInt()).isEqualTo(35015);
    assertThat(simple.has("hyber_status")).isFalse();
  }

  @Test
  void refusesPhoneNumberGivenAsJsonString() {
    String viber = "\"text\":\"Text for Viber\"";
    String recipients =
        "{\"phone_number\":\"380961111111\",\"extra_id\":\"P-1\",\"text\":\"one\"},"
            + "{\"phone_number\":380962222222,\"extra_id\":\"P-2\",\"text\":\"two\"}";

    assertRefused(one("\"380961111111\"", "viber", viber), 36024, "Phone number incorrect");
    assertAccepted(one("380961111111", "viber", viber));
    assertThat(
            recipientErrors(
                "/hyber/proxy/1001/batch/sync", mass("messages", recipients, "viber", "")))
        .containsExactly(36024, 0);
    assertThat(
            recipientErrors(
                "/hyber/proxy/1001/broadcast/sync", mass("recipients", recipients, "viber", viber)))
        .containsExactly(36024, 0);
  }

  @Test
  void refusesViberFileNameWithAnExtensionViberDoesNotAllow() {
    String file = "\"file_name\":\"%s\",\"action\":\"https://example.com/file\"";
    String recipients =
        "{\"phone_number\":380961111111,\"extra_id\":\"F-1\",\"name\":\"setup.exe\"},"
            + "{\"phone_number\":380962222222,\"extra_id\":\"F-2\",\"name\":\"Offer.docx\"}";

    assertRefused(
        one("380961111111", "viber", file.formatted("setup.exe")),
        36003,
        "channel_options.viber.file_name");
    assertRefused(
        one("380961111111", "viber", file.formatted("no_extension")),
        36003,
        "channel_options.viber.file_name");
    assertAccepted(one("380961111111", "viber", file.formatted("Name_for_document.docx")));
    assertAccepted(one("380961111111", "viber", file.formatted("REPORT.PDF")));
    assertThat(
            recipientErrors(
                "/hyber/proxy/1001/broadcast/sync",
                mass("recipients", recipients, "viber", file.formatted("%name%"))))
        .containsExactly(36003, 0);
    assertThat(
            recipientErrors(
                "/hyber/proxy/1001/batch/sync",
                mass(
                    "messages",
                    "{\"phone_number\":380961111111,\"extra_id\":\"F-3\"}",
                    "viber",
                    file.formatted("run.sh"))))
        .containsExactly(36003);
  }

  @Test
  void refusesCtrGivenAsString() {
    String sms = "\"text\":\"Text for SMS\",\"alpha_name\":\"GMSU\",\"ctr\":";
    String recipient = "{\"phone_number\":380961111111,\"extra_id\":\"C-1\",\"text\":\"one\"}";

    assertRefused(one("380961111111", "sms", sms + "\"false\""), 36003, "channel_options.sms.ctr");
    assertRefused(
        one("380961111111", "viber", "\"text\":\"x\",\"ctr\":\"true\""),
        36003,
        "channel_options.viber.ctr");
    assertAccepted(one("380961111111", "sms", sms + "false"));
    assertAccepted(one("380961111111", "sms", sms + "true"));
    assertThat(
            recipientErrors(
                "/hyber/proxy/1001/batch/sync",
                mass("messages", recipient, "sms", "\"alpha_name\":\"GMSU\",\"ctr\":\"false\"")))
        .containsExactly(36003);
    assertThat(
            recipientErrors(
                "/hyber/proxy/1001/broadcast/sync",
                mass("recipients", recipient, "sms", sms + "\"false\"")))
        .containsExactly(36003);
  }

  @Test
  void refusesWhatsAppTtlOutsideItsRange() {
    String whatsapp = "\"text\":\"Templated text for WhatsApp\",\"ttl\":";
    String recipient = "{\"phone_number\":380961111111,\"extra_id\":\"W-1\",\"text\":\"one\"}";
    String p = "channel_options.whatsapp.ttl";

    assertRefused(one("380961111111", "whatsapp", whatsapp + "0"), 36003, p);
    assertRefused(one("380961111111", "whatsapp", whatsapp + "-60"), 36003, p);
    assertRefused(one("380961111111", "whatsapp", whatsapp + "604801"), 36003, p);
    assertAccepted(one("380961111111", "whatsapp", whatsapp + "604800"));
    assertAccepted(one("380961111111", "whatsapp", whatsapp + "60"));
    assertThat(
            recipientErrors(
                "/hyber/proxy/1001/batch/sync",
                mass("messages", recipient, "whatsapp", "\"ttl\":0")))
        .containsExactly(36003);
    assertThat(
            recipientErrors(
                "/hyber/proxy/1001/broadcast/sync",
                mass("recipients", recipient, "whatsapp", whatsapp + "0")))
        .containsExactly(36003);
  }
}
