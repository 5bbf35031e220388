package io.cascade.provider.decisiontelecom;

import static io.cascade.provider.SeedResources.assertSameJson;
import static io.cascade.provider.SeedResources.json;
import static io.cascade.provider.SeedResources.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cascade.domain.channel.Channel;
import io.cascade.domain.channel.ChannelContent;
import io.cascade.domain.channel.SmsContent;
import io.cascade.domain.channel.ViberCategory;
import io.cascade.domain.channel.ViberContent;
import io.cascade.domain.message.MultichannelContent;
import io.cascade.domain.message.Recipient;
import io.cascade.provider.CallbackParseException;
import io.cascade.provider.CallbackPayload;
import io.cascade.provider.EventType;
import io.cascade.provider.LimitViolation;
import io.cascade.provider.LimitViolationException;
import io.cascade.provider.ProviderEvent;
import io.cascade.provider.ProviderJson;
import io.cascade.provider.SendOutcome;
import io.cascade.provider.SendOutcome.Accepted;
import io.cascade.provider.SendOutcome.Rejected;
import io.cascade.provider.SendOutcome.Retryable;
import io.cascade.provider.SendRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionTelecomTest {

  static final Recipient TO = Recipient.of("our-1", "8882222200");
  static final DecisionTelecomClient CLIENT =
      new DecisionTelecomClient(
          new DecisionTelecomConfig("key", DecisionTelecomEndpoints.production()));

  static SendRequest request(ChannelContent... cascade) {
    return new SendRequest(
        List.of(TO),
        MultichannelContent.of(cascade),
        URI.create("https://yourdomain.com/viber-callback"),
        null,
        null,
        Map.of(),
        1);
  }

  static ViberContent.Builder seedViber() {
    return ViberContent.builder().text("Message content").sender("Custom Company").ttl(40);
  }

  @Test
  void transactionalWithSmsFallbackIsTheSeedExampleWithoutImageAndButton() {
    SendRequest request =
        request(seedViber().build(), SmsContent.of("SMS message content", "Custom", 300));
    assertThat(CLIENT.validate(request)).isEmpty();
    ObjectNode expected = (ObjectNode) json("decisiontelecom/send-viber.json");
    expected.remove(List.of("image", "button_caption", "button_action"));
    assertSameJson(wire(DecisionTelecomRequestBuilder.body(request, TO)), expected);
  }

  @Test
  void promotionalIsTheSeedExampleAs108WithoutSmsFallback() {
    SendRequest request =
        request(
            seedViber()
                .image("https://yourdomain.com/images/image.jpg")
                .button("Join Us", "https://yourdomain.com/join-us")
                .build());
    assertThat(CLIENT.validate(request)).isEmpty();
    ObjectNode expected = (ObjectNode) json("decisiontelecom/send-viber.json");
    expected.remove("text_sms");
    expected.put("message_type", 108).put("source_type", 1);
    assertSameJson(wire(DecisionTelecomRequestBuilder.body(request, TO)), expected);
  }

  @Test
  void theSeedsOwnCombinationIsRefusedBeforeSending() {
    SendRequest request =
        request(
            seedViber()
                .image("https://yourdomain.com/images/image.jpg")
                .button("Join Us", "https://yourdomain.com/join-us")
                .category(ViberCategory.TRANSACTIONAL)
                .build(),
            SmsContent.of("SMS message content", "Custom", 300));
    assertThat(CLIENT.validate(request))
        .extracting(LimitViolation::field)
        .containsExactly("viber.category");
    assertThatThrownBy(() -> CLIENT.send(request))
        .isInstanceOf(LimitViolationException.class)
        .hasMessageContaining("transactional Viber message is text only");
  }

  @Test
  void messageTypeFollowsContentAndTwoWay() {
    assertThat(DecisionTelecomRequestBuilder.messageType(seedViber().build())).isEqualTo(106);
    assertThat(
            DecisionTelecomRequestBuilder.messageType(seedViber().image("https://x/a.png").build()))
        .isEqualTo(108);
    assertThat(DecisionTelecomRequestBuilder.messageType(seedViber().replyExpected(true).build()))
        .isEqualTo(206);
    assertThat(
            DecisionTelecomRequestBuilder.messageType(
                seedViber().button("Go", "https://x").replyExpected(true).build()))
        .isEqualTo(208);
  }

  @Test
  void limitsAreCheckedWithReadableMessages() {
    List<LimitViolation> smsTooLong =
        CLIENT.validate(
            request(seedViber().build(), SmsContent.of("Привіт".repeat(12), "Custom", 300)));
    assertThat(smsTooLong)
        .extracting(LimitViolation::message)
        .containsExactly(
            "SMS fallback text must be at most 70 characters in Cyrillic/UCS-2, is 72 (recipient"
                + " our-1)");
    assertThat(
            CLIENT.validate(
                request(seedViber().ttl(60).build(), SmsContent.of("x", "Custom", 300))))
        .extracting(LimitViolation::message)
        .containsExactly("With SMS fallback the Viber TTL must be exactly 40 seconds, is 60");
    assertThat(CLIENT.validate(request(seedViber().ttl(21_601).build())))
        .extracting(LimitViolation::field)
        .containsExactly("viber.ttlSeconds");
    assertThat(
            CLIENT.validate(
                request(seedViber().image("https://x/a.gif").button("Go", "https://x").build())))
        .extracting(LimitViolation::field)
        .containsExactly("viber.imageUrl");
    assertThat(
            CLIENT.validate(
                request(
                    seedViber()
                        .image("https://x/a.png")
                        .button("A caption that is far too long!", "https://x")
                        .build())))
        .extracting(LimitViolation::field)
        .containsExactly("viber.buttonCaption");
  }

  @Test
  void pictureMessageNeedsImageAndButtonTogether() {
    assertThat(CLIENT.validate(request(seedViber().image("https://x/a.png").build())))
        .extracting(LimitViolation::message)
        .containsExactly(
            "A DecisionTelecom picture message carries text, image and button (caption and link)"
                + " together: add the missing button or remove the rest");
    assertThat(CLIENT.validate(request(seedViber().button("Go", "https://x").build())))
        .extracting(LimitViolation::message)
        .containsExactly(
            "A DecisionTelecom picture message carries text, image and button (caption and link)"
                + " together: add the missing image or remove the rest");
  }

  @Test
  void replyWithMessageIdIsAccepted() {
    assertThat(
            DecisionTelecomReplies.read(TO, 200, text("decisiontelecom/send-viber-reply.json"), 1))
        .isEqualTo(new Accepted("our-1", "429", null));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "200|{\"name\":\"Too Many Requests\",\"message\":\"Rate limit\",\"code\":0,\"status\":429}|retry|0",
        "200|{\"name\":\"Internal Error\",\"message\":\"x\",\"code\":2,\"status\":500}|retry|2",
        "200|{\"name\":\"Bad Request\",\"message\":\"Invalid Parameter: text\",\"code\":1,\"status\":400}|reject|1",
        "402|{\"name\":\"Payment Required\",\"message\":\"Top up\",\"code\":3,\"status\":402}|halt|3",
        "401|{\"name\":\"Unauthorized\",\"status\":401}|halt|HTTP_401",
        "503|<html>down</html>|retry|HTTP_503"
      })
  void errorBodiesAreRecognisedByTheirKeysEvenUnderHttp200(
      int http, String body, String expected, String code) {
    var outcome = DecisionTelecomReplies.read(TO, http, body, 1);
    if (expected.equals("retry")) {
      assertThat(outcome).isInstanceOf(Retryable.class);
      assertThat(((Retryable) outcome).code()).isEqualTo(code);
      assertThat(((Retryable) outcome).retryAfter()).isPositive();
    } else if (expected.equals("halt")) {
      // the account (key, balance), not the recipient: dispatch pauses the campaign
      assertThat(outcome).isInstanceOf(SendOutcome.Halt.class);
      assertThat(((SendOutcome.Halt) outcome).code()).isEqualTo(code);
    } else {
      assertThat(outcome).isInstanceOf(Rejected.class);
      assertThat(((Rejected) outcome).code()).isEqualTo(code);
    }
  }

  @Test
  void invalidParameterKeepsTheProvidersWords() {
    String body =
        "{\"name\":\"Bad Request\",\"message\":\"Invalid Parameter: text\",\"code\":1,\"status\":400}";
    assertThat(DecisionTelecomReplies.read(TO, 200, body, 1))
        .isEqualTo(new Rejected("our-1", "1", "Bad Request: Invalid Parameter: text"));
    assertThat(
            DecisionTelecomReplies.read(
                TO, 200, "{\"name\":\"Too Many\",\"code\":0,\"status\":429}", 2))
        .isEqualTo(new Retryable("our-1", "0", "Too Many", Duration.ofSeconds(20)));
  }

  @Test
  void twoWayReplyNamesTheAnsweredMessage() {
    List<ProviderEvent> events =
        CLIENT.parseCallback(
            CallbackPayload.json(text("decisiontelecom/two-way-reply-callback.json")));
    assertThat(events).hasSize(1);
    ProviderEvent reply = events.get(0);
    assertThat(reply.type()).isEqualTo(EventType.REPLY);
    assertThat(reply.providerMessageId()).isEqualTo("100035");
    assertThat(reply.text()).isEqualTo("a message to the service");
    assertThat(reply.at()).isEqualTo(Instant.ofEpochSecond(2121212121L));
    assertThat(reply.details())
        .containsEntry("message_token", "44444444444444")
        .containsEntry("phone_number", "972512222222");
  }

  @Test
  void statusCallbacksWithSmsFallbackDuplicatesAndUnknownIds() {
    String body =
        "{\"message_id\":999999,\"status\":4,\"sms_message_id\":5,\"sms_message_status\":2}";
    List<ProviderEvent> first = CLIENT.parseCallback(CallbackPayload.json(body));
    assertThat(first).isEqualTo(CLIENT.parseCallback(CallbackPayload.json(body)));
    assertThat(first)
        .extracting(ProviderEvent::type, ProviderEvent::channel)
        .containsExactly(
            tuple(EventType.UNDELIVERED, Channel.VIBER), tuple(EventType.DELIVERED, Channel.SMS));
    assertThat(first.get(0).providerMessageId()).isEqualTo("999999");
    assertThat(CLIENT.parseCallback(CallbackPayload.json("{\"message_id\":429,\"status\":1}")))
        .extracting(ProviderEvent::type)
        .containsExactly(EventType.DELIVERED);
    assertThat(
            CLIENT.parseCallback(
                CallbackPayload.json("{\"message_id\":429,\"status\":0,\"sms_message_status\":3}")))
        .extracting(ProviderEvent::type)
        .containsExactly(EventType.IN_PROGRESS, EventType.EXPIRED);
  }

  @Test
  void malformedCallbacksNameWhatIsWrong() {
    assertThatThrownBy(() -> CLIENT.parseCallback(CallbackPayload.json("nope")))
        .isInstanceOf(CallbackParseException.class)
        .hasMessageContaining("not JSON");
    assertThatThrownBy(() -> CLIENT.parseCallback(CallbackPayload.json("{\"status\":1}")))
        .hasMessageContaining("neither message_id nor message_token");
    assertThatThrownBy(
            () -> CLIENT.parseCallback(CallbackPayload.json("{\"message_id\":1,\"status\":77}")))
        .hasMessageContaining("unknown Viber status 77");
    assertThatThrownBy(
            () ->
                CLIENT.parseCallback(CallbackPayload.json("{\"message_token\":1,\"message\":{}}")))
        .hasMessageContaining("no message.text");
  }

  @Test
  void endpointsForTheRealHostAndForTheSimulator() {
    assertThat(DecisionTelecomEndpoints.production().api())
        .isEqualTo(URI.create("https://web.it-decision.com/v1/api"));
    assertThat(DecisionTelecomEndpoints.underBase(URI.create("http://localhost:9000")).api())
        .isEqualTo(URI.create("http://localhost:9000/decisiontelecom/v1/api"));
  }

  static JsonNode wire(JsonNode built) {
    try {
      return ProviderJson.MAPPER.readTree(ProviderJson.write(built));
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
