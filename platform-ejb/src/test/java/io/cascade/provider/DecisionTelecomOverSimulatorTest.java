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
import io.cascade.provider.decisiontelecom.DecisionTelecomClient;
import io.cascade.provider.decisiontelecom.DecisionTelecomConfig;
import io.cascade.provider.decisiontelecom.DecisionTelecomEndpoints;
import io.cascade.provider.decisiontelecom.DecisionTelecomReplies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Our DecisionTelecom client against the real provider simulator over HTTP. */
class DecisionTelecomOverSimulatorTest {

  static final MultichannelContent VIBER =
      MultichannelContent.of(ViberContent.builder().text("Hi from Shop").sender("Shop").build());
  static final MultichannelContent VIBER_THEN_SMS =
      MultichannelContent.of(
          ViberContent.builder().text("Hi from Shop").sender("Shop").build(),
          SmsContent.of("Hi by SMS", "Shop", 300));
  static final MultichannelContent TWO_WAY =
      MultichannelContent.of(
          ViberContent.builder().text("Reply YES").sender("Shop").replyExpected(true).build());

  SimulatorFixture sim;

  @BeforeEach
  void start() {
    sim = new SimulatorFixture();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  DecisionTelecomClient client(String key) {
    return new DecisionTelecomClient(
        new DecisionTelecomConfig(key, DecisionTelecomEndpoints.underBase(sim.base)));
  }

  DecisionTelecomClient client() {
    return client(SimulatorFixture.DT_KEY);
  }

  SendRequest request(MultichannelContent content, Recipient... recipients) {
    return new SendRequest(List.of(recipients), content, sim.callbackUrl, null, null, Map.of(), 1);
  }

  @Test
  void eachRecipientIsAcceptedWithItsNumericIdAndCountedOnceByOurId() {
    SendReport report =
        client()
            .send(
                request(
                    VIBER,
                    Recipient.of("D-1", "380961111111"),
                    Recipient.of("D-2", "380962222222")));

    assertThat(report.outcomes()).hasSize(2).allMatch(o -> o instanceof Accepted);
    assertThat(report.outcomes()).extracting(SendOutcome::messageId).containsExactly("D-1", "D-2");
    assertThat(report.outcomes())
        .extracting(o -> ((Accepted) o).providerMessageId())
        .allMatch(id -> id.matches("[0-9]+"))
        .doesNotHaveDuplicates();
    // counted by the X-Cascade-Message-Id header our client sends, not by a hash of the text
    assertThat(sim.sends("decisiontelecom", "380961111111", "D-1")).isEqualTo(1);
    assertThat(sim.sends("decisiontelecom", "380962222222", "D-2")).isEqualTo(1);
  }

  @Test
  void phoneTheProviderRefusesIsRejectedWithCodeAndMessage() {
    SendReport report = client().send(request(VIBER, Recipient.of("D-3", "38096111")));

    assertThat(report.outcomes())
        .containsExactly(
            new Rejected("D-3", "1", "Bad Request: Invalid Parameter: destination_addr"));
  }

  @Test
  void pictureMessageGoesAsType108WithImageAndButtonAndAHalfOneIsRefusedBeforeSending() {
    ViberContent.Builder picture =
        ViberContent.builder().text("Sale").sender("Shop").image("https://shop.example/a.png");
    DecisionTelecomClient client = client();

    SendReport report =
        client.send(
            request(
                MultichannelContent.of(picture.button("Open", "https://shop.example/").build()),
                Recipient.of("D-6", "380961111111")));

    assertThat(report.outcomes()).singleElement().isInstanceOf(Accepted.class);
    JsonNode sent =
        SimulatorFixture.tree(
            sim.control("requests?provider=decisiontelecom&limit=1").get(0).path("body").asText());
    assertThat(sent.path("message_type").asInt()).isEqualTo(108);
    assertThat(sent.path("source_type").asInt()).isEqualTo(1);

    // image without button: the simulator (seed 003) would answer "Invalid Parameter"
    SendRequest half =
        request(
            MultichannelContent.of(
                ViberContent.builder()
                    .text("Sale")
                    .sender("Shop")
                    .image("https://shop.example/a.png")
                    .build()),
            Recipient.of("D-7", "380961111111"));
    assertThatThrownBy(() -> client.send(half)).isInstanceOf(LimitViolationException.class);
    assertThat(sim.control("requests?provider=decisiontelecom&limit=10")).hasSize(1);
  }

  @Test
  void wrongKeyHaltsTheAccount() {
    SendReport report =
        client("not-a-key").send(request(VIBER, Recipient.of("D-4", "380961111111")));

    assertThat(report.outcomes())
        .containsExactly(new SendOutcome.Halt("D-4", "HTTP_401", "Unauthorized"));
    assertThat(sim.sends("decisiontelecom", "380961111111", "D-4")).isZero();
  }

  @Test
  void internalErrorRateLimitAndBare5xxAreRetryableAndNothingIsCounted() {
    sim.fault("{\"provider\":\"decisiontelecom\",\"kind\":\"temporary_error\"}");
    sim.fault("{\"provider\":\"decisiontelecom\",\"kind\":\"rate_limit\"}");
    sim.fault("{\"provider\":\"decisiontelecom\",\"kind\":\"http_5xx\",\"status\":502}");
    DecisionTelecomClient client = client();
    Recipient r = Recipient.of("D-5", "380961111111");

    List<SendOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      outcomes.addAll(client.send(request(VIBER, r)).outcomes());
    }

    assertThat(outcomes)
        .containsExactly(
            new Retryable(
                "D-5",
                "2",
                "Internal Server Error: Internal server error",
                RetryBackoff.delay(DecisionTelecomReplies.ERROR_RETRY_BASE, 1)),
            new Retryable(
                "D-5",
                "0",
                "Too Many Requests: Too many requests",
                RetryBackoff.delay(DecisionTelecomReplies.THROTTLED_RETRY_BASE, 1)),
            new Retryable(
                "D-5",
                "HTTP_502",
                "HTTP 502",
                RetryBackoff.delay(DecisionTelecomReplies.ERROR_RETRY_BASE, 1)));
    assertThat(sim.sends("decisiontelecom", "380961111111", "D-5")).isZero();
    assertThat(client.send(request(VIBER, r)).outcomes())
        .singleElement()
        .isInstanceOf(Accepted.class);
    assertThat(sim.sends("decisiontelecom", "380961111111", "D-5")).isEqualTo(1);
  }

  @Test
  void errorsUnderHttp200AreReadByTheirKeysToo() {
    // the real API answers some errors with HTTP 200 (FACTS.md); the simulator can do the same
    sim.close();
    sim = new SimulatorFixture(Map.of("decisiontelecom_errors_http200", "true"));
    sim.fault("{\"provider\":\"decisiontelecom\",\"kind\":\"rate_limit\"}");
    DecisionTelecomClient client = client();

    SendOutcome throttled =
        client.send(request(VIBER, Recipient.of("H-1", "380961111111"))).outcomes().get(0);
    SendOutcome badPhone =
        client.send(request(VIBER, Recipient.of("H-2", "38096111"))).outcomes().get(0);

    assertThat(throttled)
        .isEqualTo(
            new Retryable(
                "H-1",
                "0",
                "Too Many Requests: Too many requests",
                RetryBackoff.delay(DecisionTelecomReplies.THROTTLED_RETRY_BASE, 1)));
    assertThat(badPhone)
        .isEqualTo(new Rejected("H-2", "1", "Bad Request: Invalid Parameter: destination_addr"));
    assertThat(sim.control("requests?provider=decisiontelecom&limit=5"))
        .extracting(r -> r.path("status").asInt())
        .containsOnly(200);
  }

  @Test
  void callbacksBecomeOurEventsIncludingADuplicateAndAnUnknownId() {
    DecisionTelecomClient client = client();
    sim.outcomes("{\"delivered\":1,\"undelivered\":0,\"replied\":1}");
    String delivered = accepted(client.send(request(TWO_WAY, Recipient.of("E-1", "380961111111"))));
    sim.outcomes("{\"delivered\":0,\"undelivered\":1,\"replied\":0}");
    String undelivered = accepted(client.send(request(VIBER, Recipient.of("E-2", "380962222222"))));
    String bothFailed =
        accepted(client.send(request(VIBER_THEN_SMS, Recipient.of("E-3", "380963333333"))));
    sim.outcomes("{\"delivered\":1,\"undelivered\":0}");
    sim.fault("{\"provider\":\"decisiontelecom\",\"kind\":\"duplicate_callback\"}");
    String duplicated = accepted(client.send(request(VIBER, Recipient.of("E-4", "380964444444"))));
    // another system on the same key
    JsonNode foreign =
        SimulatorFixture.tree(
            sim.post(
                    "/decisiontelecom/v1/api/send-viber",
                    "application/json",
                    new DecisionTelecomConfig(
                            SimulatorFixture.DT_KEY, DecisionTelecomEndpoints.underBase(sim.base))
                        .authorization(),
                    "{\"source_addr\":\"Other\",\"destination_addr\":380965555555,"
                        + "\"message_type\":106,\"text\":\"x\",\"source_type\":2,"
                        + "\"callback_url\":\""
                        + sim.callbackUrl
                        + "\"}")
                .body());

    // E-1: status + reply; E-2, E-3: status; E-4: status twice; foreign: status
    SimulatorFixture.await(10, "7 callbacks", () -> sim.received.size() >= 7);
    SimulatorFixture.sleep(300);
    assertThat(sim.received).hasSize(7);

    Map<String, List<ProviderEvent>> byId = new HashMap<>();
    Map<String, List<JsonNode>> rawById = new HashMap<>();
    for (SimulatorFixture.Received callback : sim.received) {
      for (ProviderEvent e : client.parseCallback(callback.payload())) {
        byId.computeIfAbsent(e.providerMessageId(), k -> new ArrayList<>()).add(e);
        rawById.computeIfAbsent(e.providerMessageId(), k -> new ArrayList<>()).add(callback.json());
      }
    }

    List<ProviderEvent> e1 = byId.get(delivered);
    assertThat(e1)
        .extracting(ProviderEvent::type)
        .containsExactlyInAnyOrder(EventType.DELIVERED, EventType.REPLY);
    JsonNode reply =
        rawById.get(delivered).stream()
            .filter(j -> j.has("message_token"))
            .findFirst()
            .orElseThrow();
    ProviderEvent replyEvent =
        e1.stream().filter(e -> e.type() == EventType.REPLY).findFirst().orElseThrow();
    assertThat(replyEvent.text()).isEqualTo(reply.at("/message/text").asText()).isNotBlank();
    assertThat(replyEvent.at().getEpochSecond()).isEqualTo(reply.get("time").asLong());
    assertThat(replyEvent.details()).containsEntry("phone_number", "380961111111");

    assertThat(byId.get(undelivered))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.UNDELIVERED);
              assertThat(e.channel()).isEqualTo(Channel.VIBER);
              assertThat(e.errorCode()).isEqualTo("4");
              assertThat(e.reason()).isEqualTo("Undelivered");
            });

    // Viber failed, then its SMS fallback: one callback, two events
    assertThat(byId.get(bothFailed))
        .extracting(ProviderEvent::type, ProviderEvent::channel, ProviderEvent::errorCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(EventType.UNDELIVERED, Channel.VIBER, "4"),
            org.assertj.core.groups.Tuple.tuple(EventType.UNDELIVERED, Channel.SMS, "5"));

    assertThat(byId.get(duplicated)).hasSize(2).allMatch(e -> e.type() == EventType.DELIVERED);
    assertThat(byId.get(duplicated).get(0)).isEqualTo(byId.get(duplicated).get(1));

    String foreignId = foreign.get("message_id").asText();
    assertThat(foreignId).isNotIn(delivered, undelivered, bothFailed, duplicated);
    assertThat(byId.get(foreignId))
        .singleElement()
        .extracting(ProviderEvent::type)
        .isEqualTo(EventType.DELIVERED);
  }

  @Test
  void statusQueryTellsViberAndSmsFallbackStates() {
    DecisionTelecomClient client = client();
    String viberOnly = accepted(client.send(request(VIBER, Recipient.of("Q-1", "380961111111"))));
    sim.outcomes("{\"delivered\":0,\"undelivered\":1}");
    String fellBack =
        accepted(client.send(request(VIBER_THEN_SMS, Recipient.of("Q-2", "380962222222"))));
    SimulatorFixture.sleep(300); // past every final status (30..80 ms)

    assertThat(client.queryStatus(StatusQuery.byProviderMessageId(viberOnly)))
        .extracting(ProviderEvent::type, ProviderEvent::providerMessageId, ProviderEvent::channel)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(EventType.DELIVERED, viberOnly, Channel.VIBER));
    assertThat(client.queryStatus(StatusQuery.byProviderMessageId(fellBack)))
        .extracting(ProviderEvent::type, ProviderEvent::channel)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(EventType.UNDELIVERED, Channel.VIBER),
            org.assertj.core.groups.Tuple.tuple(EventType.UNDELIVERED, Channel.SMS));
  }

  @Test
  void statusQueryOfAnUnknownIdIsRefusedByTheProvider() {
    assertThatThrownBy(() -> client().queryStatus(StatusQuery.byProviderMessageId("999999")))
        .isInstanceOfSatisfying(
            ProviderHttpException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.body()).contains("Invalid Parameter: message_id");
            });
  }

  private static String accepted(SendReport report) {
    assertThat(report.outcomes()).singleElement().isInstanceOf(Accepted.class);
    return ((Accepted) report.outcomes().get(0)).providerMessageId();
  }
}
