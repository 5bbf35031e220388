package io.cascade.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.domain.channel.SmsContent;
import io.cascade.domain.channel.ViberContent;
import io.cascade.domain.message.MultichannelContent;
import io.cascade.domain.message.Recipient;
import io.cascade.provider.SendOutcome.Accepted;
import io.cascade.provider.SendOutcome.Rejected;
import io.cascade.provider.SendOutcome.Retryable;
import io.cascade.provider.messaggio.MessaggioClient;
import io.cascade.provider.messaggio.MessaggioCode;
import io.cascade.provider.messaggio.MessaggioConfig;
import io.cascade.provider.messaggio.MessaggioEndpoints;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Our Messaggio client against the real provider simulator over HTTP: sends and callbacks. */
class MessaggioOverSimulatorTest {

  static final MultichannelContent VIBER =
      MultichannelContent.of(ViberContent.builder().text("Hi from Shop").sender("Shop").build());
  static final MultichannelContent SMS = MultichannelContent.of(SmsContent.of("Hi", "Shop", 300));

  SimulatorFixture sim;

  @BeforeEach
  void start() {
    sim = new SimulatorFixture();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  MessaggioClient client(String secret) {
    return new MessaggioClient(
        new MessaggioConfig(
            SimulatorFixture.LOGIN, secret, MessaggioEndpoints.underBase(sim.base), null));
  }

  MessaggioClient client() {
    return client(SimulatorFixture.SECRET);
  }

  static SendRequest request(MultichannelContent content, Recipient... recipients) {
    return SendRequest.of(List.of(recipients), content);
  }

  @Test
  void everyPhoneOfARequestIsAcceptedWithItsOwnMsgId() {
    SendReport report =
        client()
            .send(
                request(
                    VIBER,
                    Recipient.of("G-1", "380961111111"),
                    Recipient.of("G-2", "380962222222")));

    assertThat(report.outcomes()).hasSize(2).allMatch(o -> o instanceof Accepted);
    Accepted first = (Accepted) report.outcomes().get(0);
    Accepted second = (Accepted) report.outcomes().get(1);
    assertThat(first.messageId()).isEqualTo("G-1");
    assertThat(second.messageId()).isEqualTo("G-2");
    assertThat(first.providerMessageId()).matches("[0-9a-f-]{36}");
    assertThat(second.providerMessageId())
        .matches("[0-9a-f-]{36}")
        .isNotEqualTo(first.providerMessageId());
    assertThat(sim.control("sends?provider=messaggio&phone=380961111111").path("total").asLong())
        .isEqualTo(1);
    assertThat(sim.control("sends?provider=messaggio&phone=380962222222").path("total").asLong())
        .isEqualTo(1);
  }

  @Test
  void oneRecipientCarriesOurIdAsTransactionIdAndIsCountedOnce() {
    SendReport report = client().send(request(VIBER, Recipient.of("G-3", "380961111111")));

    assertThat(report.outcomes()).singleElement().isInstanceOf(Accepted.class);
    assertThat(sim.sends("messaggio", "380961111111", "G-3")).isEqualTo(1);
  }

  @Test
  void phoneTheProviderRefusesIsRejectedWithCodeAndTechMessage() {
    SendReport report = client().send(request(VIBER, Recipient.of("G-4", "38096111")));

    assertThat(report.outcomes())
        .containsExactly(new Rejected("G-4", "-1", "Invalid input data: PARAM ERROR (phone)"));
  }

  @Test
  void exhaustedBalanceHaltsTheAccount() {
    sim.controlPost("accounts", "{\"provider\":\"messaggio\",\"user\":\"demo\",\"balance\":0}");

    SendReport report = client().send(request(SMS, Recipient.of("G-5", "380961111111")));

    assertThat(report.outcomes())
        .containsExactly(
            new SendOutcome.Halt(
                "G-5", "-5", "The balance of SMS-messages is exhausted: BALANCE EXHAUSTED"));
    assertThat(sim.sends("messaggio", "380961111111", "G-5")).isZero();
  }

  @Test
  void wrongSecretIsRetryableAsTheDocumentSaysToRepeatAuthenticationFailures() {
    // seed 004, 1.4: -2 "Authentication failed", request repeat "yes"
    SendReport report = client("wrong").send(request(SMS, Recipient.of("G-6", "380961111111")));

    assertThat(report.outcomes()).singleElement().isInstanceOf(Retryable.class);
    Retryable retry = (Retryable) report.outcomes().get(0);
    assertThat(retry.code()).isEqualTo("-2");
    assertThat(retry.text()).isEqualTo("Authentication failed: AUTH ERROR (sign)");
    assertThat(retry.retryAfter())
        .isEqualTo(RetryBackoff.delay(MessaggioCode.AUTHENTICATION_FAILED.retryBase(), 1));
    assertThat(sim.sends("messaggio", "380961111111", "G-6")).isZero();
  }

  @Test
  void temporaryErrorBandwidthLimitAndBare5xxAreRetryableAndNothingIsCounted() {
    sim.fault("{\"provider\":\"messaggio\",\"kind\":\"-4\"}");
    sim.fault("{\"provider\":\"messaggio\",\"kind\":\"-6\"}");
    sim.fault("{\"provider\":\"messaggio\",\"kind\":\"http_5xx\",\"status\":503}");
    MessaggioClient client = client();
    Recipient r = Recipient.of("G-7", "380961111111");

    List<SendOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      outcomes.addAll(client.send(request(VIBER, r)).outcomes());
    }

    assertThat(outcomes).hasSize(3).allMatch(o -> o instanceof Retryable);
    assertThat(outcomes)
        .extracting(o -> ((Retryable) o).code())
        .containsExactly("-4", "-6", "HTTP_503");
    assertThat(((Retryable) outcomes.get(0)).text()).startsWith("Temporary technical error");
    assertThat(((Retryable) outcomes.get(1)).text()).startsWith("Bandwidth limit exceeded");
    assertThat(((Retryable) outcomes.get(0)).retryAfter())
        .isEqualTo(RetryBackoff.delay(MessaggioCode.TEMPORARY_ERROR.retryBase(), 1));
    assertThat(((Retryable) outcomes.get(1)).retryAfter())
        .isEqualTo(RetryBackoff.delay(MessaggioCode.BANDWIDTH_EXCEEDED.retryBase(), 1));
    assertThat(sim.sends("messaggio", "380961111111", "G-7")).isZero();
    assertThat(client.send(request(VIBER, r)).outcomes())
        .singleElement()
        .isInstanceOf(Accepted.class);
    assertThat(sim.sends("messaggio", "380961111111", "G-7")).isEqualTo(1);
  }

  @Test
  void callbacksBecomeOurEventsIncludingADuplicateAndAnUnknownId() throws Exception {
    MessaggioClient client = client();
    sim.outcomes("{\"delivered\":1,\"undelivered\":0,\"seen\":1,\"replied\":1}");
    String delivered = accepted(client.send(request(VIBER, Recipient.of("N-1", "380961111111"))));
    sim.outcomes("{\"delivered\":0,\"undelivered\":1,\"seen\":0,\"replied\":0}");
    String undelivered = accepted(client.send(request(VIBER, Recipient.of("N-2", "380962222222"))));
    String smsFailed = accepted(client.send(request(SMS, Recipient.of("N-3", "380963333333"))));
    sim.outcomes("{\"delivered\":1,\"undelivered\":0}");
    sim.fault("{\"provider\":\"messaggio\",\"kind\":\"duplicate_callback\"}");
    String duplicated = accepted(client.send(request(VIBER, Recipient.of("N-4", "380964444444"))));
    // another system on the same account: a message none of our sends got
    String form = foreignSend("380965555555", "FOREIGN-1");
    assertThat(sim.post("/messaggio/bulk/", "application/x-www-form-urlencoded", null, form).body())
        .contains("<code>0</code>");

    // N-1: delivery + seen + reply; N-2, N-3: delivery; N-4: delivery twice; foreign: delivery
    SimulatorFixture.await(10, "8 callbacks", () -> sim.received.size() >= 8);
    SimulatorFixture.sleep(300);
    assertThat(sim.received).hasSize(8);

    Map<String, List<ProviderEvent>> byMsgId = new HashMap<>();
    Map<String, List<Map<String, List<String>>>> rawByMsgId = new HashMap<>();
    for (SimulatorFixture.Received callback : sim.received) {
      assertThat(callback.method()).isEqualTo("POST");
      String msgId = callback.params().get("msg_id").get(0);
      rawByMsgId.computeIfAbsent(msgId, k -> new ArrayList<>()).add(callback.params());
      byMsgId
          .computeIfAbsent(msgId, k -> new ArrayList<>())
          .addAll(client.parseCallback(callback.payload()));
    }

    assertThat(byMsgId.get(delivered))
        .extracting(ProviderEvent::type)
        .containsExactlyInAnyOrder(EventType.DELIVERED, EventType.SEEN, EventType.REPLY);
    assertThat(byMsgId.get(delivered)).allMatch(e -> "N-1".equals(e.messageId()));
    String replyText =
        rawByMsgId.get(delivered).stream()
            .filter(p -> p.get("type").get(0).equals("reply"))
            .findFirst()
            .orElseThrow()
            .get("text")
            .get(0);
    assertThat(first(byMsgId.get(delivered), EventType.REPLY).text())
        .isEqualTo(replyText)
        .isNotBlank();

    ProviderEvent viberFailure = single(byMsgId.get(undelivered));
    String statusExtended = rawByMsgId.get(undelivered).get(0).get("status_extended").get(0);
    assertThat(viberFailure.type()).isEqualTo(EventType.UNDELIVERED);
    assertThat(viberFailure.messageId()).isEqualTo("N-2");
    assertThat(viberFailure.errorCode()).isEqualTo(statusExtended);
    assertThat(viberFailure.reason()).startsWith(statusExtended + ": ").doesNotContain("unknown");

    ProviderEvent smsFailure = single(byMsgId.get(smsFailed));
    assertThat(rawByMsgId.get(smsFailed).get(0).get("status")).containsExactly("-1");
    assertThat(smsFailure.type()).isEqualTo(EventType.UNDELIVERED);
    assertThat(smsFailure.errorCode()).isEqualTo("-1");
    assertThat(smsFailure.messageId()).isEqualTo("N-3");

    List<ProviderEvent> twice = byMsgId.get(duplicated);
    assertThat(twice).hasSize(2).allMatch(e -> e.type() == EventType.DELIVERED);
    assertThat(twice.get(0)).isEqualTo(twice.get(1));

    List<String> ours = List.of(delivered, undelivered, smsFailed, duplicated);
    List<String> strangers = byMsgId.keySet().stream().filter(id -> !ours.contains(id)).toList();
    assertThat(strangers).hasSize(1);
    ProviderEvent stranger = single(byMsgId.get(strangers.get(0)));
    assertThat(stranger.type()).isEqualTo(EventType.DELIVERED);
    assertThat(stranger.messageId()).isEqualTo("FOREIGN-1");
  }

  @Test
  void callbacksByGetArriveAsQueryParametersAndParseTheSame() {
    sim.controlPost(
        "accounts", "{\"provider\":\"messaggio\",\"user\":\"demo\",\"callback_method\":\"GET\"}");
    sim.outcomes("{\"delivered\":0,\"undelivered\":1,\"expired\":0}");
    String failed = accepted(client().send(request(VIBER, Recipient.of("K-1", "380961111111"))));

    SimulatorFixture.await(10, "1 callback", () -> sim.received.size() >= 1);
    SimulatorFixture.Received callback = sim.received.get(0);
    assertThat(callback.method()).isEqualTo("GET");
    assertThat(callback.body()).isEmpty();

    ProviderEvent event = single(client().parseCallback(callback.payload()));
    assertThat(event.type()).isEqualTo(EventType.UNDELIVERED);
    assertThat(event.providerMessageId()).isEqualTo(failed);
    assertThat(event.messageId()).isEqualTo("K-1");
    assertThat(event.errorCode()).isEqualTo(callback.params().get("status_extended").get(0));
  }

  @Test
  void uploadedImageIdIsAcceptedInAViberPictureMessage() {
    MessaggioClient client = client();
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    String url = "https://shop.example/banner.png";

    String imageId = client.uploadImage("banner.png", png);

    assertThat(imageId).hasSize(64);
    MultichannelContent picture =
        MultichannelContent.of(
            ViberContent.builder()
                .text("Our new banner")
                .sender("Shop")
                .image(url)
                .button("Open", "https://shop.example/")
                .build());
    SendReport report =
        client.send(
            new SendRequest(
                List.of(Recipient.of("P-1", "380961111111")),
                picture,
                null,
                null,
                null,
                Map.of(url, imageId),
                1));
    assertThat(report.outcomes()).singleElement().isInstanceOf(Accepted.class);
    assertThat(sim.sends("messaggio", "380961111111", "P-1")).isEqualTo(1);
  }

  @Test
  void uploadSignedWithAWrongSecretIsRefusedWithTheProvidersStatus() {
    byte[] jpg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16};

    assertThatThrownBy(() -> client("wrong").uploadImage("a.jpg", jpg))
        .isInstanceOfSatisfying(
            MediaUploadException.class, e -> assertThat(e.status()).isEqualTo(2))
        .hasMessageContaining("Invalid sign");
  }

  @Test
  void hasNoStatusQuery() {
    assertThat(client().capabilities().statusQuery()).isFalse();
    assertThatThrownBy(() -> client().queryStatus(StatusQuery.byMessageId("G-1")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /** A bulk form signed by hand as seed 004 section 1.3 says, not by our client. */
  private static String foreignSend(String phone, String transactionId) throws Exception {
    String txt = "Hello from elsewhere";
    String sign = md5(SimulatorFixture.LOGIN + "Shop" + phone + txt + SimulatorFixture.SECRET);
    return "sending_method=viber&from=Shop&user="
        + SimulatorFixture.LOGIN
        + "&txt="
        + URLEncoder.encode(txt, StandardCharsets.UTF_8)
        + "&phone="
        + phone
        + "&dlr=1&p_transaction_id="
        + transactionId
        + "&sign="
        + sign;
  }

  private static String md5(String text) throws NoSuchAlgorithmException {
    byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
    return String.format("%032x", new BigInteger(1, digest));
  }

  private static String accepted(SendReport report) {
    assertThat(report.outcomes()).singleElement().isInstanceOf(Accepted.class);
    return ((Accepted) report.outcomes().get(0)).providerMessageId();
  }

  private static ProviderEvent single(List<ProviderEvent> events) {
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  private static ProviderEvent first(List<ProviderEvent> events, EventType type) {
    return events.stream().filter(e -> e.type() == type).findFirst().orElseThrow();
  }
}
