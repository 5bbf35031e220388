package io.cascade.provider.messaggio;

import static io.cascade.provider.SeedResources.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.domain.channel.SmsContent;
import io.cascade.domain.channel.Ttl;
import io.cascade.domain.channel.ViberContent;
import io.cascade.domain.channel.WhatsAppContent;
import io.cascade.domain.message.MultichannelContent;
import io.cascade.domain.message.PhoneNumber;
import io.cascade.domain.message.Recipient;
import io.cascade.provider.CallbackParseException;
import io.cascade.provider.CallbackPayload;
import io.cascade.provider.EventType;
import io.cascade.provider.LimitViolation;
import io.cascade.provider.LimitViolationException;
import io.cascade.provider.MediaUploadException;
import io.cascade.provider.ProviderEvent;
import io.cascade.provider.ProviderReplyException;
import io.cascade.provider.SendOutcome.Accepted;
import io.cascade.provider.SendOutcome.Rejected;
import io.cascade.provider.SendOutcome.Retryable;
import io.cascade.provider.SendRequest;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessaggioRepliesAndCallbacksTest {

  static final Recipient A = Recipient.of("a", "79031234567");
  static final Recipient B = Recipient.of("b", "79165557755");
  static final MessaggioClient CLIENT = new MessaggioClient(MessaggioSeedExamplesTest.CONFIG);

  @Test
  void okReplyGivesEachPhoneItsMsgId() {
    assertThat(MessaggioReplies.outcomes(List.of(A, B), text("messaggio/reply-msg-id.xml"), 1))
        .containsExactly(
            new Accepted("a", "550e8400-e29b-41d4-a716-446655440000", null),
            new Accepted("b", "550e8400-e29b-41d4-a716-446655440001", null));
    assertThat(MessaggioReplies.outcomes(List.of(A), text("messaggio/reply-ok.xml"), 1))
        .containsExactly(new Accepted("a", null, null));
  }

  @Test
  void invalidInputIsRejectedWithItsMeaning() {
    assertThat(MessaggioReplies.outcomes(List.of(A), text("messaggio/reply-error.xml"), 1))
        .containsExactly(new Rejected("a", "-1", "Invalid input data: PARAM ERROR (phone)"));
  }

  @ParameterizedTest
  @CsvSource({
    "-2, 1, 60, Authentication failed",
    "-4, 1, 30, Temporary technical error",
    "-6, 1, 10, Bandwidth limit exceeded",
    "-6, 3, 40, Bandwidth limit exceeded"
  })
  void repeatableCodesAreRetriedWithBackoff(int code, int attempt, int seconds, String meaning) {
    String xml = "<response><code>" + code + "</code><tech_message>X</tech_message></response>";
    assertThat(MessaggioReplies.outcomes(List.of(A), xml, attempt))
        .containsExactly(
            new Retryable("a", String.valueOf(code), meaning + ": X", Duration.ofSeconds(seconds)));
  }

  @ParameterizedTest
  @CsvSource({"-1, Invalid input data", "-3, Request processing denial"})
  void permanentCodesAreRejected(int code, String meaning) {
    String xml = "<response><code>" + code + "</code></response>";
    assertThat(MessaggioReplies.outcomes(List.of(A), xml, 1))
        .containsExactly(new Rejected("a", String.valueOf(code), meaning));
  }

  @Test
  void anExhaustedBalanceHaltsTheAccountInsteadOfRejectingTheRecipient() {
    String xml = "<response><code>-5</code></response>";
    assertThat(MessaggioReplies.outcomes(List.of(A), xml, 1))
        .containsExactly(
            new io.cascade.provider.SendOutcome.Halt(
                "a", "-5", "The balance of SMS-messages is exhausted"));
  }

  @Test
  void replyThatIsNotTheDocumentedXmlFailsClearly() {
    assertThatThrownBy(() -> MessaggioReplies.outcomes(List.of(A), "<html>oops", 1))
        .isInstanceOf(ProviderReplyException.class)
        .hasMessageContaining("not the documented XML");
    assertThatThrownBy(
            () ->
                MessaggioReplies.parse(
                    "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<response><code>&x;</code></response>"))
        .isInstanceOf(ProviderReplyException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "VIBER_BLOCKED_BY_USER, UNDELIVERED",
    "VIBER_USER_NOT_FOUND, UNDELIVERED",
    "VIBER_NO_DEVICE, UNDELIVERED",
    "VIBER_EXPIRED, EXPIRED",
    "VIBER_UNKNOWN_ERROR, UNDELIVERED",
    "INVALID_SESSION, UNDELIVERED",
    "PHONE_BLACKLISTED, UNDELIVERED",
    "SPAM_DETECTED, UNDELIVERED",
    "FROM_NOT_ALLOWED, UNDELIVERED",
    "BAD_WORDS_FOUND, UNDELIVERED",
    "PHONE_INCORRECT, UNDELIVERED",
    "OPERATOR_NOT_ALLOWED, UNDELIVERED"
  })
  void everyUndeliveredReasonIsKept(String extended, EventType type) {
    String body =
        "type=delivery&msg_id=550e8400-e29b-41d4-a716-446655440000&p_transaction_id=a"
            + "&status=undelivered&status_extended="
            + extended;
    ProviderEvent event =
        CLIENT
            .parseCallback(new CallbackPayload(body, "application/x-www-form-urlencoded", null))
            .get(0);
    assertThat(event.type()).isEqualTo(type);
    assertThat(event.errorCode()).isEqualTo(extended);
    assertThat(event.reason()).startsWith(extended + ": ").doesNotContain("unknown reason");
    assertThat(event.messageId()).isEqualTo("a");
  }

  @Test
  void deliveredInProcessSeenAndReplyByGetOrPost() {
    assertThat(get("type=delivery&msg_id=m1&status=delivered").type())
        .isEqualTo(EventType.DELIVERED);
    assertThat(get("type=delivery&msg_id=m1&status=in%20process").type())
        .isEqualTo(EventType.IN_PROGRESS);
    ProviderEvent seen = get("type=seen&msg_id=m1&p_transaction_id=a");
    assertThat(seen.type()).isEqualTo(EventType.SEEN);
    assertThat(seen.providerMessageId()).isEqualTo("m1");
    ProviderEvent reply =
        CLIENT
            .parseCallback(
                new CallbackPayload(
                    "type=reply&msg_id=m1&text=%D0%94%D1%8F%D0%BA%D1%83%D1%8E",
                    "application/x-www-form-urlencoded; charset=UTF-8", null))
            .get(0);
    assertThat(reply.type()).isEqualTo(EventType.REPLY);
    assertThat(reply.text()).isEqualTo("Дякую");
  }

  @Test
  void duplicateNotificationsParseToEqualEventsAndUnknownIdsStillParse() {
    String body = "type=delivery&msg_id=never-sent-by-us&status=delivered";
    assertThat(get(body)).isEqualTo(get(body));
    assertThat(get(body).messageId()).isNull();
  }

  @Test
  void malformedNotificationsNameWhatIsWrong() {
    assertThatThrownBy(() -> get("msg_id=m1&status=delivered"))
        .isInstanceOf(CallbackParseException.class)
        .hasMessageContaining("'type' is missing");
    assertThatThrownBy(() -> get("type=delivery&status=delivered"))
        .hasMessageContaining("neither msg_id nor p_transaction_id");
    assertThatThrownBy(() -> get("type=delivery&msg_id=m1&status=lost"))
        .hasMessageContaining("unknown delivery status 'lost'");
    assertThatThrownBy(() -> get("type=bounce&msg_id=m1"))
        .hasMessageContaining("unknown notification type 'bounce'");
    assertThatThrownBy(() -> get("type=reply&msg_id=m1")).hasMessageContaining("no 'text'");
    assertThatThrownBy(
            () ->
                CLIENT.parseCallback(
                    new CallbackPayload("{\"type\":\"seen\"}", "application/json", null)))
        .isInstanceOf(CallbackParseException.class)
        .hasMessageContaining("expected a form body");
  }

  @Test
  void buttonWithoutLinkIsSentAsTextWithAWarning() {
    SendRequest request =
        SendRequest.of(
            List.of(A),
            MultichannelContent.of(
                ViberContent.builder().text("hi").sender("Shop").button("Buy", null).build()));
    MessaggioRequestBuilder builder = new MessaggioRequestBuilder(MessaggioSeedExamplesTest.CONFIG);
    assertThat(builder.validate(request)).isEmpty();
    assertThat(builder.warnings(request))
        .extracting(LimitViolation::message)
        .containsExactly(
            "The Viber button has a caption but no link: Messaggio will show the text only, without"
                + " a button");
  }

  @Test
  void personalTextsSplitIntoRequestsAndEachPhoneOncePerRequest() {
    List<Recipient> recipients = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      recipients.add(
          new Recipient(
              "m" + i,
              PhoneNumber.of("7903" + String.format("%07d", i % 2_400)),
              Map.of("city", i % 2 == 0 ? "Kyiv" : "Lviv")));
    }
    SendRequest request =
        SendRequest.of(
            recipients,
            MultichannelContent.of(
                ViberContent.builder().text("Hi %city%").sender("Shop").build()));
    List<MessaggioRequest> built =
        new MessaggioRequestBuilder(MessaggioSeedExamplesTest.CONFIG).build(request);
    assertThat(built).allSatisfy(r -> assertThat(r.recipients()).hasSizeLessThanOrEqualTo(1_000));
    assertThat(built)
        .allSatisfy(
            r ->
                assertThat(r.form().get("phone"))
                    .doesNotHaveDuplicates()
                    .hasSize(r.recipients().size()));
    assertThat(built).flatExtracting(MessaggioRequest::recipients).hasSize(2_500);
    assertThat(built).allSatisfy(r -> assertThat(r.form().get("txt")).hasSize(1));
  }

  @Test
  void refusesWhatMessaggioCannotCarryBeforeSending() {
    SendRequest request =
        new SendRequest(
            List.of(A),
            MultichannelContent.of(
                ViberContent.builder()
                    .text("x".repeat(2049))
                    .sender("A sender name")
                    .image("https://x/i.png")
                    .ttl(30)
                    .build()),
            URI.create("https://cb"),
            null,
            null,
            Map.of(),
            1);
    assertThat(CLIENT.validate(request))
        .extracting(LimitViolation::field)
        .containsExactlyInAnyOrder(
            "viber.sender", "viber.imageUrl", "viber.ttlSeconds", "viber.text");
    assertThatThrownBy(() -> CLIENT.send(request))
        .isInstanceOf(LimitViolationException.class)
        .hasMessageContaining("Upload the image to Messaggio first");
    SendRequest whatsApp =
        SendRequest.of(
            List.of(A), MultichannelContent.of(WhatsAppContent.template("hi", Ttl.ofSeconds(60))));
    assertThat(CLIENT.validate(whatsApp))
        .extracting(LimitViolation::field)
        .containsExactly("channels");
    SendRequest smsFirst =
        SendRequest.of(
            List.of(A),
            MultichannelContent.of(
                SmsContent.of("hi", "Shop", 300),
                ViberContent.builder().text("hi").sender("Shop").build()));
    assertThat(CLIENT.validate(smsFirst))
        .extracting(LimitViolation::field)
        .containsExactly("channels");
  }

  @Test
  void mediaReplyGivesTheImageIdOrTheResultCode() {
    assertThat(MessaggioMedia.imageId(text("messaggio/media-reply-ok.json")))
        .isEqualTo("AVESK8...VHUQA8");
    // The seed's error example has an unquoted key; we read it as it is.
    assertThatThrownBy(() -> MessaggioMedia.imageId(text("messaggio/media-reply-error.json")))
        .isInstanceOf(MediaUploadException.class)
        .hasMessage("Messaggio refused the image: Invalid signature (Invalid sign)")
        .extracting(e -> ((MediaUploadException) e).status())
        .isEqualTo(2);
  }

  @Test
  void refusesImagesMessaggioWouldRefuse() {
    assertThatCode(() -> MessaggioMedia.check("GIF89a".getBytes())).doesNotThrowAnyException();
    assertThatThrownBy(() -> MessaggioMedia.check("%PDF-1.4".getBytes()))
        .isInstanceOf(MediaUploadException.class)
        .hasMessageContaining("JPG, PNG or GIF");
    assertThatThrownBy(
            () -> MessaggioMedia.check(new byte[(int) MessaggioLimits.IMAGE_MAX_BYTES + 1]))
        .hasMessageContaining("20 MB");
  }

  @Test
  void multipartCarriesLoginImageAndSign() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 7};
    String body =
        new String(
            MessaggioMedia.multipart("onvUser", "secret", "a.png", png),
            java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(body)
        .contains("name=\"login\"\r\n\r\nonvUser\r\n")
        .contains("name=\"image\"; filename=\"a.png\"\r\nContent-Type: image/png")
        .contains("name=\"sign\"\r\n\r\n" + MessaggioSign.media("onvUser", png, "secret"))
        .endsWith("--" + MessaggioMedia.BOUNDARY + "--\r\n");
  }

  static ProviderEvent get(String query) {
    // A GET notification: parameters in the query string, no body.
    Map<String, List<String>> params = FormCodec.decode(query);
    List<ProviderEvent> events = CLIENT.parseCallback(new CallbackPayload("", null, params));
    assertThat(events).hasSize(1);
    return events.get(0);
  }
}
