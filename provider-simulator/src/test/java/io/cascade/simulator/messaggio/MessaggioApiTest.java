package io.cascade.simulator.messaggio;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.simulator.SimulatorHarness;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MessaggioApiTest extends SimulatorHarness {
  private static final String SECRET = "demo-secret";

  @BeforeEach
  void pointAccountAtReceiver() {
    controlPost(
        "accounts",
        "{\"provider\":\"messaggio\",\"user\":\"demo\",\"callback_url\":\"" + callbackUrl + "\"}");
  }

  private static String sign(
      String user, String from, List<String> phones, String txt, Charset charset) {
    return Md5.hex(user + from + String.join("", phones) + txt + SECRET, charset);
  }

  private static String form(
      String from, List<String> phones, String txt, String sign, String extra) {
    StringBuilder body =
        new StringBuilder("sending_method=viber&user=demo&from=")
            .append(URLEncoder.encode(from, StandardCharsets.UTF_8))
            .append("&txt=")
            .append(URLEncoder.encode(txt, StandardCharsets.UTF_8));
    phones.forEach(p -> body.append("&phone=").append(p));
    return body.append("&sign=").append(sign).append(extra).toString();
  }

  private HttpResponse<String> bulk(String form) {
    return post("/messaggio/bulk/", "application/x-www-form-urlencoded", form, null);
  }

  private static String code(HttpResponse<String> response) {
    String body = response.body();
    return body.substring(body.indexOf("<code>") + 6, body.indexOf("</code>"));
  }

  @Test
  void acceptsSignedRequestAndAnswersMsgIdPerPhone() {
    List<String> phones = List.of("380961111111", "380962222222");
    String sign = sign("demo", "Sender", phones, "Привіт!", StandardCharsets.UTF_8);

    HttpResponse<String> response =
        bulk(form("Sender", phones, "Привіт!", sign, "&dlr=1&p_transaction_id=T-1"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).contains("xml"));
    assertThat(code(response)).isEqualTo("0");
    assertThat(response.body()).contains("<tech_message>OK</tech_message>");
    assertThat(response.body())
        .containsPattern("<msg_id phone=\"380961111111\">[0-9a-f-]{36}</msg_id>");
    assertThat(response.body())
        .containsPattern("<msg_id phone=\"380962222222\">[0-9a-f-]{36}</msg_id>");
  }

  @Test
  void acceptsGetWithQueryAndCp1251Charset() {
    Charset cp1251 = Charset.forName("windows-1251");
    String sign = sign("demo", "Sender", List.of("380961111111"), "Привет", cp1251);
    String query =
        "sending_method=sms&user=demo&from=Sender&charset=CP1251&phone=380961111111&txt="
            + URLEncoder.encode("Привет", cp1251)
            + "&sign="
            + sign;

    assertThat(code(get("/messaggio/bulk/?" + query, null))).isEqualTo("0");
  }

  @Test
  void signatureCoversPhonesInTheOrderSent() {
    List<String> phones = List.of("380961111111", "380962222222");
    String reversedSign =
        sign(
            "demo",
            "Sender",
            List.of("380962222222", "380961111111"),
            "hi",
            StandardCharsets.UTF_8);

    HttpResponse<String> response = bulk(form("Sender", phones, "hi", reversedSign, ""));

    assertThat(code(response)).isEqualTo("-2");
    assertThat(control("stats").path("sends").path("sends").asLong()).isZero();
  }

  @Test
  void rejectsInvalidParametersWithMinusOne() {
    String from = "TwelveChars!";
    String longFrom =
        bulk(form(
                from,
                List.of("380961111111"),
                "hi",
                sign("demo", from, List.of("380961111111"), "hi", StandardCharsets.UTF_8),
                ""))
            .body();
    String sign = sign("demo", "Sender", List.of("380961111111"), "hi", StandardCharsets.UTF_8);
    String badTimeout =
        bulk(form("Sender", List.of("380961111111"), "hi", sign, "&dlr_timeout=30")).body();
    String badPhone = bulk(form("Sender", List.of("+380961111111"), "hi", sign, "")).body();

    assertThat(longFrom).contains("<code>-1</code>").contains("PARAM ERROR (from)");
    assertThat(badTimeout).contains("<code>-1</code>").contains("dlr_timeout");
    assertThat(badPhone).contains("<code>-1</code>").contains("phone");
  }

  @Test
  void unknownUserIsAnAuthenticationError() {
    String body =
        form("Sender", List.of("380961111111"), "hi", "0".repeat(32), "")
            .replace("user=demo", "user=nobody");

    assertThat(code(bulk(body))).isEqualTo("-2");
  }

  @Test
  void injectedMinusFourAndMinusSixAreAnsweredThenTheRequestPasses() {
    controlPost("faults", "{\"provider\":\"messaggio\",\"kind\":\"-4\",\"count\":1}");
    controlPost("faults", "{\"provider\":\"messaggio\",\"kind\":\"-6\",\"count\":1}");
    List<String> phones = List.of("380961111111");
    String body =
        form(
            "Sender",
            phones,
            "hi",
            sign("demo", "Sender", phones, "hi", StandardCharsets.UTF_8),
            "&p_transaction_id=P-9");

    assertThat(code(bulk(body))).isEqualTo("-4");
    assertThat(code(bulk(body))).isEqualTo("-6");
    assertThat(code(bulk(body))).isEqualTo("0");
    assertThat(control("sends?provider=messaggio&phone=380961111111&id=P-9").path("total").asInt())
        .isEqualTo(1);
  }

  @Test
  void deliveryAndSeenNotificationsGoToTheAccountUrlAsForms() {
    controlPost("outcomes", "{\"provider\":\"messaggio\",\"seen\":1}");
    List<String> phones = List.of("380961111111");
    String body =
        form(
            "Sender",
            phones,
            "hi",
            sign("demo", "Sender", phones, "hi", StandardCharsets.UTF_8),
            "&dlr=1&p_transaction_id=OUR-1");
    String msgId =
        bulk(body)
            .body()
            .replaceAll("(?s).*<msg_id phone=\"380961111111\">([^<]+)</msg_id>.*", "$1");

    await(5, () -> received.size() == 2);
    assertThat(received.get(0).method()).isEqualTo("POST");
    assertThat(received.get(0).contentType()).startsWith("application/x-www-form-urlencoded");
    assertThat(received.get(0).body())
        .isEqualTo("type=delivery&msg_id=" + msgId + "&p_transaction_id=OUR-1&status=delivered");
    assertThat(received.get(1).body())
        .isEqualTo("type=seen&msg_id=" + msgId + "&p_transaction_id=OUR-1");
  }

  @Test
  void undeliveredNotificationCarriesExtendedStatus() {
    controlPost("outcomes", "{\"provider\":\"messaggio\",\"delivered\":0,\"undelivered\":1}");
    List<String> phones = List.of("380961111111");
    bulk(
        form(
            "Sender",
            phones,
            "hi",
            sign("demo", "Sender", phones, "hi", StandardCharsets.UTF_8),
            "&dlr=1"));

    await(5, () -> received.size() == 1);
    assertThat(received.get(0).body()).contains("status=undelivered").contains("status_extended=");
  }

  @Test
  void injectedDuplicateNotificationArrivesTwice() {
    controlPost(
        "faults", "{\"provider\":\"messaggio\",\"kind\":\"duplicate_callback\",\"count\":1}");
    List<String> phones = List.of("380961111111");
    bulk(
        form(
            "Sender",
            phones,
            "hi",
            sign("demo", "Sender", phones, "hi", StandardCharsets.UTF_8),
            "&dlr=1&p_transaction_id=D-1"));

    await(5, () -> received.size() == 2);
    settle(300);
    assertThat(received).hasSize(2);
    assertThat(received.get(0).body()).isEqualTo(received.get(1).body());
    assertThat(control("stats").path("callbacks").path("duplicates_injected").asInt()).isEqualTo(1);
  }

  @Test
  void mediaUploadChecksSignatureAndFormat() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
    byte[] text = "not an image".getBytes(StandardCharsets.UTF_8);
    String good =
        Md5.hex("demo" + Md5.hex(png).toUpperCase(Locale.ROOT) + SECRET, StandardCharsets.UTF_8);

    String uploaded = upload(png, good);
    String badSign = upload(png, "0".repeat(32));
    // the file's MD5 goes in upper case, as seed 004's example writes it
    String lowerCaseFileHash =
        upload(png, Md5.hex("demo" + Md5.hex(png) + SECRET, StandardCharsets.UTF_8));
    String badFormat =
        upload(
            text,
            Md5.hex(
                "demo" + Md5.hex(text).toUpperCase(Locale.ROOT) + SECRET, StandardCharsets.UTF_8));

    assertThat(uploaded).matches("\\{\"status\":0,\"image_id\":\"[A-Z0-9]{64}\"}");
    assertThat(badSign).isEqualTo("{\"status\":2,\"error\":\"Invalid sign\"}");
    assertThat(lowerCaseFileHash).isEqualTo(badSign);
    assertThat(badFormat).startsWith("{\"status\":4");

    String imageId = uploaded.replaceAll(".*\"image_id\":\"([A-Z0-9]+)\".*", "$1");
    String sign = Md5.hex("demo" + "Sender" + "380961111111" + SECRET, StandardCharsets.UTF_8);
    String body =
        "sending_method=viber&user=demo&from=Sender&phone=380961111111&image_id="
            + imageId
            + "&sign="
            + sign;
    assertThat(code(bulk(body))).isEqualTo("0");
  }

  private String upload(byte[] image, String sign) throws Exception {
    String boundary = "----simulator-test";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"login\"\r\n\r\ndemo\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"sign\"\r\n\r\n"
                + sign
                + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(image);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/messaggio/media/upload/"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    return send(request).body();
  }

  @Test
  void getCallbackMethodSendsReplyAsQueryParameters() {
    controlPost(
        "accounts", "{\"provider\":\"messaggio\",\"user\":\"demo\",\"callback_method\":\"GET\"}");
    controlPost("outcomes", "{\"provider\":\"messaggio\",\"replied\":1}");
    List<String> phones = List.of("380961111111");
    bulk(
        form(
            "Sender",
            phones,
            "hi",
            sign("demo", "Sender", phones, "hi", StandardCharsets.UTF_8),
            "&dlr=1&p_transaction_id=RE-1"));

    await(5, () -> received.size() == 2);
    assertThat(received.get(0).method()).isEqualTo("GET");
    assertThat(received.get(0).query()).startsWith("type=delivery&msg_id=");
    assertThat(received.get(1).query())
        .startsWith("type=reply&msg_id=")
        .contains("&text=")
        .endsWith("&p_transaction_id=RE-1");
  }
}
