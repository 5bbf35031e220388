package io.cascade.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.domain.channel.Channel;
import io.cascade.domain.channel.SmsContent;
import io.cascade.domain.channel.ViberContent;
import io.cascade.domain.message.MultichannelContent;
import io.cascade.domain.message.Recipient;
import io.cascade.provider.SendOutcome.Accepted;
import io.cascade.provider.SendOutcome.Rejected;
import io.cascade.provider.SendOutcome.Retryable;
import io.cascade.provider.hyber.HyberClient;
import io.cascade.provider.hyber.HyberConfig;
import io.cascade.provider.hyber.HyberEndpoints;
import io.cascade.provider.hyber.HyberReplies;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Our Hyber client against the real provider simulator over HTTP: sends, callbacks, statuses. */
class HyberOverSimulatorTest {

  static final Duration FIRST_RETRY = RetryBackoff.delay(HyberReplies.RETRY_BASE, 1);
  static final MultichannelContent SMS = MultichannelContent.of(SmsContent.of("Hi", "Shop", 300));
  static final MultichannelContent VIBER =
      MultichannelContent.of(ViberContent.builder().text("Hi from Shop").sender("Shop").build());

  SimulatorFixture sim;

  @BeforeEach
  void start() {
    sim = new SimulatorFixture();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  HyberClient client(boolean sync) {
    return client(SimulatorFixture.SECRET, sync);
  }

  HyberClient client(String password, boolean sync) {
    return new HyberClient(
        new HyberConfig(
            SimulatorFixture.LOGIN,
            password,
            HyberEndpoints.underBase(sim.base, SimulatorFixture.HYBER_CLIENT_ID),
            null,
            sync));
  }

  static SendRequest request(MultichannelContent content, Recipient... recipients) {
    return SendRequest.of(List.of(recipients), content);
  }

  @Test
  void singleMessageIsAcceptedWithTheSimulatorsMessageIdAndCountedOnce() {
    SendReport report = client(false).send(request(SMS, Recipient.of("H-1", "380961111111")));

    assertThat(report.outcomes()).singleElement().isInstanceOf(Accepted.class);
    Accepted accepted = (Accepted) report.outcomes().get(0);
    assertThat(accepted.messageId()).isEqualTo("H-1");
    assertThat(accepted.providerMessageId()).matches("[0-9a-f-]{36}");
    assertThat(sim.sends("hyber", "380961111111", "H-1")).isEqualTo(1);
  }

  @Test
  void phoneTheProviderRefusesIsRejectedWithItsCodeAndText() {
    // a valid E.164 number of 8 digits; Hyber wants 10..15
    SendReport report = client(false).send(request(SMS, Recipient.of("H-2", "38096111")));

    assertThat(report.outcomes())
        .containsExactly(new Rejected("H-2", "36024", "Phone number incorrect"));
    assertThat(sim.sends("hyber", "38096111", "H-2")).isZero();
  }

  @Test
  void wrongPasswordHaltsTheAccountWithHybersCodeAndText() {
    SendReport report =
        client("wrong", false).send(request(SMS, Recipient.of("H-3", "380961111111")));

    // the credentials, not the recipient: dispatch pauses the campaign and asks a person
    assertThat(report.outcomes()).singleElement().isInstanceOf(SendOutcome.Halt.class);
    SendOutcome.Halt halt = (SendOutcome.Halt) report.outcomes().get(0);
    assertThat(halt.code()).isEqualTo("36010");
    assertThat(halt.text()).containsIgnoringCase("authori");
    assertThat(sim.sends("hyber", "380961111111", "H-3")).isZero();
  }

  @Test
  void temporaryErrorRateLimitAndBare5xxAreRetryableAndNothingIsCounted() {
    sim.fault("{\"provider\":\"hyber\",\"kind\":\"temporary_error\"}");
    sim.fault("{\"provider\":\"hyber\",\"kind\":\"rate_limit\"}");
    sim.fault("{\"provider\":\"hyber\",\"kind\":\"http_5xx\",\"status\":502}");
    HyberClient client = client(false);
    Recipient r = Recipient.of("H-4", "380961111111");

    List<SendOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      outcomes.addAll(client.send(request(SMS, r)).outcomes());
    }

    assertThat(outcomes).hasSize(3).allMatch(o -> o instanceof Retryable);
    assertThat(outcomes)
        .extracting(o -> ((Retryable) o).code())
        .containsExactly("36500", "36429", "HTTP_502");
    assertThat(outcomes).extracting(o -> ((Retryable) o).retryAfter()).containsOnly(FIRST_RETRY);
    assertThat(((Retryable) outcomes.get(2)).text()).isEqualTo("HTTP 502");
    assertThat(sim.sends("hyber", "380961111111", "H-4")).isZero();

    // the rules fired once each: the fourth try goes through
    assertThat(client.send(request(SMS, r)).outcomes())
        .singleElement()
        .isInstanceOf(Accepted.class);
    assertThat(sim.sends("hyber", "380961111111", "H-4")).isEqualTo(1);
  }

  @Test
  void syncBatchRefusesOnlyTheBadRecipient() {
    SendReport report =
        client(true)
            .send(
                request(
                    SMS,
                    Recipient.of("S-1", "380961111111"),
                    Recipient.of("S-2", "38096111"),
                    Recipient.of("S-3", "380963333333")));

    assertThat(report.outcomes()).hasSize(3);
    assertThat(report.outcomes().get(0)).isInstanceOf(Accepted.class);
    assertThat(report.outcomes().get(1))
        .isEqualTo(new Rejected("S-2", "36024", "Phone number incorrect"));
    assertThat(report.outcomes().get(2)).isInstanceOf(Accepted.class);
    assertThat(((Accepted) report.outcomes().get(0)).providerMessageId())
        .isNotEqualTo(((Accepted) report.outcomes().get(2)).providerMessageId())
        .isNotNull();
    assertThat(sim.sends("hyber", "380961111111", "S-1")).isEqualTo(1);
    assertThat(sim.sends("hyber", "380963333333", "S-3")).isEqualTo(1);
  }

  @Test
  void broadcastPlaceholdersReachEachRecipientFilledWithTheirOwnValues() {
    MultichannelContent greeting =
        MultichannelContent.of(
            ViberContent.builder().text("Hi %name%, your code is %code%").sender("Shop").build(),
            SmsContent.of("%name%: code %code%", "Shop", 300));
    SendReport report =
        client(true)
            .send(
                SendRequest.of(
                    List.of(
                        new Recipient(
                            "V-1",
                            io.cascade.domain.message.PhoneNumber.of("380961111111"),
                            Map.of("name", "Ann", "code", "111")),
                        new Recipient(
                            "V-2",
                            io.cascade.domain.message.PhoneNumber.of("380962222222"),
                            Map.of("name", "Bo", "code", "222"))),
                    greeting));

    assertThat(report.outcomes()).hasSize(2).allMatch(o -> o instanceof Accepted);
    assertThat(sim.control("requests?provider=hyber&limit=1").get(0).path("path").asText())
        .isEqualTo("/hyber/proxy/1001/broadcast/sync");
    JsonNode ann = sim.control("messages?phone=380961111111").get(0).path("texts");
    JsonNode bo = sim.control("messages?phone=380962222222").get(0).path("texts");
    assertThat(ann.path("viber").asText()).isEqualTo("Hi Ann, your code is 111");
    assertThat(ann.path("sms").asText()).isEqualTo("Ann: code 111");
    assertThat(bo.path("viber").asText()).isEqualTo("Hi Bo, your code is 222");
    assertThat(bo.path("sms").asText()).isEqualTo("Bo: code 222");
  }

  @Test
  void answerLostAfterTheProviderSentIsRetryableAndAStatusQueryByOurIdReconciles() {
    // the simulator sends, then answers 503: the case that tempts a client into sending twice
    sim.fault("{\"provider\":\"hyber\",\"kind\":\"temporary_error\",\"process\":true}");
    HyberClient client = client(false);

    SendReport report = client.send(request(SMS, Recipient.of("R-1", "380961111111")));

    assertThat(report.outcomes()).singleElement().isInstanceOf(Retryable.class);
    assertThat(sim.sends("hyber", "380961111111", "R-1")).isEqualTo(1);
    SimulatorFixture.sleep(300);
    // dispatch asks before resending, and learns the message went out
    assertThat(client.queryStatus(StatusQuery.byMessageId("R-1")))
        .extracting(ProviderEvent::type, ProviderEvent::messageId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(EventType.DELIVERED, "R-1"));
  }

  @Test
  void fiftyThousandRecipientsGoInOneRequest() {
    assertMassSend(50_000, 1);
  }

  @Test
  void sixtyThousandRecipientsGoInTwoRequestsAndEachIsCountedOnce() {
    assertMassSend(60_000, 2);
  }

  private void assertMassSend(int size, int expectedRequests) {
    List<Recipient> recipients =
        IntStream.range(0, size)
            .mapToObj(i -> Recipient.of("M-" + i, String.valueOf(380_500_000_000L + i)))
            .toList();

    SendReport report = client(false).send(SendRequest.of(recipients, SMS));

    assertThat(report.outcomes()).hasSize(size).allMatch(o -> o instanceof Accepted);
    Set<String> jobs =
        report.outcomes().stream().map(o -> ((Accepted) o).jobId()).collect(Collectors.toSet());
    assertThat(jobs).hasSize(expectedRequests);

    // what the simulator saw, not what we think we sent
    List<JsonNode> requests =
        StreamSupport.stream(sim.control("requests?provider=hyber&limit=20").spliterator(), false)
            .toList();
    assertThat(requests)
        .extracting(r -> r.path("path").asText())
        .containsOnly("/hyber/proxy/1001/batch")
        .hasSize(expectedRequests);
    assertThat(requests).extracting(r -> r.path("status").asInt()).containsOnly(200);
    JsonNode totals = sim.control("stats").path("sends");
    assertThat(totals.path("sends").asLong()).isEqualTo(size);
    assertThat(totals.path("unique_keys").asLong()).isEqualTo(size);
    assertThat(totals.path("duplicate_sends").asLong()).isZero();
    for (int i : new int[] {0, 49_999, size - 1}) {
      assertThat(sim.sends("hyber", String.valueOf(380_500_000_000L + i), "M-" + i))
          .as("sends of recipient %d", i)
          .isEqualTo(1);
    }
  }

  @Test
  void callbacksBecomeOurEventsIncludingADuplicateAndAnUnknownId() {
    HyberClient client = client(false);
    SendRequest withCallback =
        new SendRequest(List.of(), VIBER, sim.callbackUrl, null, null, Map.of(), 1);

    // delivered, then seen, then a reply
    sim.outcomes("{\"delivered\":1,\"undelivered\":0,\"seen\":1,\"replied\":1}");
    String delivered =
        accepted(
            client.send(withCallback.withRecipients(List.of(Recipient.of("C-1", "380961111111")))));
    // undelivered with a reason
    sim.outcomes("{\"delivered\":0,\"undelivered\":1,\"seen\":0,\"replied\":0}");
    String undelivered =
        accepted(
            client.send(withCallback.withRecipients(List.of(Recipient.of("C-2", "380962222222")))));
    // delivered, every callback sent twice
    sim.outcomes("{\"delivered\":1,\"undelivered\":0}");
    sim.fault("{\"provider\":\"hyber\",\"kind\":\"duplicate_callback\"}");
    String duplicated =
        accepted(
            client.send(withCallback.withRecipients(List.of(Recipient.of("C-3", "380963333333")))));
    // a message we never sent (another system on the same account)
    JsonNode foreign =
        SimulatorFixture.tree(
            sim.post(
                    "/hyber/api-v2/1001",
                    "application/json",
                    RestClients.basicAuth(SimulatorFixture.LOGIN, SimulatorFixture.SECRET),
                    "{\"phone_number\":380964444444,\"extra_id\":\"NOT-OURS\",\"callback_url\":\""
                        + sim.callbackUrl
                        + "\",\"channels\":[\"sms\"],\"channel_options\":{\"sms\":"
                        + "{\"text\":\"x\",\"alpha_name\":\"Shop\",\"ttl\":300}}}")
                .body());

    SimulatorFixture.await(10, "7 callbacks", () -> sim.received.size() >= 7);
    SimulatorFixture.sleep(300);
    assertThat(sim.received).hasSize(7);

    Map<String, List<ProviderEvent>> byOurId = new HashMap<>();
    Map<String, List<JsonNode>> rawByOurId = new HashMap<>();
    for (SimulatorFixture.Received callback : sim.received) {
      JsonNode raw = callback.json();
      String ourId = raw.path("extra_id").asText();
      rawByOurId.computeIfAbsent(ourId, k -> new ArrayList<>()).add(raw);
      byOurId
          .computeIfAbsent(ourId, k -> new ArrayList<>())
          .addAll(client.parseCallback(callback.payload()));
    }

    List<ProviderEvent> c1 = byOurId.get("C-1");
    assertThat(c1).allMatch(e -> delivered.equals(e.providerMessageId()));
    assertThat(c1)
        .extracting(ProviderEvent::type)
        .contains(EventType.DELIVERED, EventType.SEEN, EventType.REPLY);
    ProviderEvent deliveredEvent = first(c1, EventType.DELIVERED);
    assertThat(deliveredEvent.channel()).isEqualTo(Channel.VIBER);
    String replyText =
        rawByOurId.get("C-1").stream()
            .filter(j -> j.has("text_from_subscriber"))
            .findFirst()
            .orElseThrow()
            .get("text_from_subscriber")
            .asText();
    assertThat(first(c1, EventType.REPLY).text()).isEqualTo(replyText).isNotBlank();

    List<ProviderEvent> c2 = byOurId.get("C-2");
    JsonNode c2Raw = rawByOurId.get("C-2").get(0);
    assertThat(c2).singleElement().extracting(ProviderEvent::type).isEqualTo(EventType.UNDELIVERED);
    assertThat(c2.get(0).providerMessageId()).isEqualTo(undelivered);
    assertThat(c2.get(0).reason()).isEqualTo(c2Raw.path("error_text").asText()).isNotBlank();
    assertThat(c2.get(0).errorCode()).isEqualTo("36033");
    assertThat(c2.get(0).channel()).isEqualTo(Channel.VIBER);

    // the duplicate reads as the very same event: dispatch can drop it by equality
    List<ProviderEvent> c3 = byOurId.get("C-3");
    assertThat(c3).hasSize(2).allMatch(e -> e.type() == EventType.DELIVERED);
    assertThat(c3.get(0)).isEqualTo(c3.get(1));
    assertThat(c3.get(0).providerMessageId()).isEqualTo(duplicated);

    // the unknown id is parsed, not refused: it names a message none of our sends got
    List<ProviderEvent> stranger = byOurId.get("NOT-OURS");
    assertThat(stranger)
        .singleElement()
        .extracting(ProviderEvent::type)
        .isEqualTo(EventType.DELIVERED);
    assertThat(stranger.get(0).providerMessageId())
        .isEqualTo(foreign.path("message_id").asText())
        .isNotIn(delivered, undelivered, duplicated);
  }

  @Test
  void anExpiredSmsComesBackAsTheSeedShowsItAndReadsAsExpiredOnSms() {
    HyberClient client = client(false);
    sim.outcomes("{\"delivered\":0,\"undelivered\":0,\"expired\":1}");
    SendRequest request =
        new SendRequest(
            List.of(Recipient.of("E-1", "380965555555")),
            SMS,
            sim.callbackUrl,
            null,
            null,
            Map.of(),
            1);
    accepted(client.send(request));

    SimulatorFixture.await(10, "the expiry callback", () -> !sim.received.isEmpty());
    SimulatorFixture.Received callback = sim.received.get(0);
    assertThat(callback.json().path("error_code").asInt()).isEqualTo(35015);
    assertThat(callback.json().has("hyber_status")).isFalse();
    assertThat(client.parseCallback(callback.payload()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.EXPIRED);
              assertThat(e.errorCode()).isEqualTo("35015");
              assertThat(e.channel()).isEqualTo(Channel.SMS);
            });
  }

  @Test
  void clicksAreCountedAndAStaleOutOfOrderStatusIsOlderThanTheDelivery() {
    HyberClient client = client(false);
    sim.outcomes("{\"delivered\":1,\"undelivered\":0,\"seen\":0,\"clicked\":1}");
    sim.fault("{\"provider\":\"hyber\",\"kind\":\"out_of_order_callback\"}");
    MultichannelContent tracked =
        MultichannelContent.of(
            ViberContent.builder()
                .text("See our sale")
                .sender("Shop")
                .button("Open", "https://shop.example/")
                .image("https://shop.example/a.png")
                .trackClicks(true)
                .build());
    String id =
        accepted(
            client.send(
                new SendRequest(
                    List.of(Recipient.of("K-1", "380961111111")),
                    tracked,
                    sim.callbackUrl,
                    null,
                    null,
                    Map.of(),
                    1)));

    // click, final status, then a stale "in progress" (newest first)
    SimulatorFixture.await(10, "3 callbacks", () -> sim.received.size() >= 3);
    List<ProviderEvent> events = new ArrayList<>();
    List<JsonNode> raw = new ArrayList<>();
    for (SimulatorFixture.Received callback : sim.received) {
      raw.add(callback.json());
      events.addAll(client.parseCallback(callback.payload()));
    }

    assertThat(events)
        .allMatch(e -> id.equals(e.providerMessageId()) && "K-1".equals(e.messageId()));
    int clicks = raw.stream().mapToInt(j -> j.path("clicks").asInt(0)).max().orElse(0);
    assertThat(clicks).isPositive();
    assertThat(first(events, EventType.CLICKED).count()).isEqualTo(clicks);
    ProviderEvent stale = first(events, EventType.IN_PROGRESS);
    ProviderEvent delivered = first(events, EventType.DELIVERED);
    // sent 50 ms after the others, it is still older: dispatch orders by the provider's time
    assertThat(stale.at()).isBefore(delivered.at());
  }

  @Test
  void statusQueriesByProviderIdOurIdAndJobIdTellTheFinalState() {
    HyberClient client = client(false);
    String providerId = accepted(client.send(request(SMS, Recipient.of("Q-1", "380961111111"))));
    SendReport batch =
        client.send(
            request(SMS, Recipient.of("Q-2", "380962222222"), Recipient.of("Q-3", "380963333333")));
    String job = ((Accepted) batch.outcomes().get(0)).jobId();
    SimulatorFixture.sleep(300); // past every final status (30..80 ms)

    List<ProviderEvent> byProviderId =
        client.queryStatus(StatusQuery.byProviderMessageId(providerId));
    assertThat(byProviderId)
        .extracting(ProviderEvent::type, ProviderEvent::providerMessageId, ProviderEvent::channel)
        .contains(
            org.assertj.core.groups.Tuple.tuple(EventType.DELIVERED, providerId, Channel.SMS));

    List<ProviderEvent> byOurId = client.queryStatus(StatusQuery.byMessageId("Q-1"));
    assertThat(byOurId)
        .extracting(ProviderEvent::type, ProviderEvent::providerMessageId, ProviderEvent::messageId)
        .contains(org.assertj.core.groups.Tuple.tuple(EventType.DELIVERED, providerId, "Q-1"));

    List<ProviderEvent> byJob = client.queryStatus(StatusQuery.byJobId(job));
    assertThat(byJob)
        .filteredOn(e -> e.type() == EventType.DELIVERED)
        .extracting(ProviderEvent::messageId)
        .containsExactlyInAnyOrder("Q-2", "Q-3");
  }

  @Test
  void statusQueryOfAnUnknownIdFailsWithTheProvidersNotFound() {
    assertThatThrownBy(
            () ->
                client(false)
                    .queryStatus(
                        StatusQuery.byProviderMessageId("00000000-0000-0000-0000-000000000000")))
        .isInstanceOfSatisfying(
            ProviderHttpException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.body()).contains("36404");
            });
  }

  private static String accepted(SendReport report) {
    assertThat(report.outcomes()).singleElement().isInstanceOf(Accepted.class);
    return ((Accepted) report.outcomes().get(0)).providerMessageId();
  }

  private static ProviderEvent first(List<ProviderEvent> events, EventType type) {
    return events.stream().filter(e -> e.type() == type).findFirst().orElseThrow();
  }
}
