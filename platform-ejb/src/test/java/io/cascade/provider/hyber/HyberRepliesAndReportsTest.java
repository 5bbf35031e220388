package io.cascade.provider.hyber;

import static io.cascade.provider.SeedResources.json;
import static io.cascade.provider.SeedResources.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.domain.channel.Channel;
import io.cascade.domain.message.Recipient;
import io.cascade.provider.CallbackParseException;
import io.cascade.provider.CallbackPayload;
import io.cascade.provider.EventType;
import io.cascade.provider.ProviderEvent;
import io.cascade.provider.SendOutcome;
import io.cascade.provider.SendOutcome.Accepted;
import io.cascade.provider.SendOutcome.Rejected;
import io.cascade.provider.SendOutcome.Retryable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HyberRepliesAndReportsTest {

  static final Recipient R1 = Recipient.of("AD-6640-7006", "380961111111");
  static final Recipient R2 = Recipient.of("AD-6640-7007", "380962222222");

  @Test
  void singleReplyAcceptsWithHybersMessageId() {
    assertThat(HyberReplies.read(List.of(R1), text("hyber/reply-single-message-id.json"), 1))
        .containsExactly(
            new Accepted("AD-6640-7006", "9f60ac8f-e721-5027-b838-e6fcb95fcd7a", null));
  }

  @Test
  void errorReplyRejectsForGood() {
    assertThat(HyberReplies.read(List.of(R1), text("hyber/reply-error.json"), 1))
        .containsExactly(new Rejected("AD-6640-7006", "36024", "Phone number incorrect"));
  }

  @Test
  void errorUnderHttp503IsRetryableWithGrowingBackoff() {
    String body = "{\"error_code\":1,\"error_text\":\"Service unavailable\"}";
    assertThat(HyberReplies.httpError(List.of(R1), 503, body, 1))
        .containsExactly(
            new Retryable("AD-6640-7006", "1", "Service unavailable", Duration.ofSeconds(30)));
    assertThat(HyberReplies.httpError(List.of(R1), 503, "<html>", 3))
        .containsExactly(
            new Retryable("AD-6640-7006", "HTTP_503", "HTTP 503", Duration.ofSeconds(120)));
    assertThat(HyberReplies.httpError(List.of(R1), 401, "", 1))
        .as("credentials refused: the campaign stops and asks, no recipient fails")
        .first()
        .isInstanceOf(io.cascade.provider.SendOutcome.Halt.class);
    assertThat(HyberReplies.httpError(List.of(R1), 400, "", 1))
        .first()
        .isInstanceOf(Rejected.class);
  }

  @Test
  void asyncReplyGivesEveryRecipientTheJobId() {
    assertThat(HyberReplies.read(List.of(R1, R2), text("hyber/reply-job-id.json"), 1))
        .extracting(o -> ((Accepted) o).jobId())
        .containsOnly("66591729-cb47-5ef9-964b-949dc6aff84f");
  }

  @Test
  void syncReplyMatchesMessagesByExtraIdAndFlagsTheMissing() {
    Recipient r3 = Recipient.of("AD-6640-7008", "380963333333");
    List<SendOutcome> outcomes =
        HyberReplies.read(List.of(R2, R1, r3), text("hyber/reply-sync-messages.json"), 1);
    assertThat(outcomes)
        .containsExactly(
            new Accepted("AD-6640-7007", "e5ea7286-6849-52d7-9e1b-8719b736283e", null),
            new Accepted("AD-6640-7006", "9f60ac8f-e721-5027-b838-e6fcb95fcd7a", null),
            new Retryable(
                "AD-6640-7008",
                HyberReplies.NOT_IN_REPLY,
                "Hyber's reply did not mention this message",
                Duration.ofSeconds(30)));
  }

  @Test
  void syncReplyRejectsWhatWasNotAccepted() {
    String body =
        "{\"messages\":[{\"extra_id\":\"AD-6640-7006\",\"accepted\":false,\"processed\":true,"
            + "\"error_code\":36024,\"error_text\":\"Phone number incorrect\"}]}";
    assertThat(HyberReplies.read(List.of(R1), body, 1))
        .containsExactly(new Rejected("AD-6640-7006", "36024", "Phone number incorrect"));
  }

  @Test
  void campaignStatusReportBecomesOurEvents() {
    List<ProviderEvent> events = HyberReports.parse(json("hyber/report-campaign-status.json"));
    assertThat(events).hasSize(3);
    ProviderEvent expired = events.get(0);
    assertThat(expired.type()).isEqualTo(EventType.EXPIRED);
    assertThat(expired.messageId()).isEqualTo("AD-6640-7007");
    assertThat(expired.errorCode()).isEqualTo("35015");
    assertThat(expired.reason()).isEqualTo("SMS expired");
    assertThat(expired.channel())
        .as("only error_code 35015 tells the channel")
        .isEqualTo(Channel.SMS);
    assertThat(expired.at()).isEqualTo(Instant.ofEpochMilli(1477417299000L));
    ProviderEvent delivered = events.get(1);
    assertThat(delivered.type()).isEqualTo(EventType.DELIVERED);
    assertThat(delivered.channel()).isEqualTo(Channel.SMS);
    assertThat(delivered.providerMessageId()).isEqualTo("9f60ac8f-e721-5027-b838-e6fcb95fcd7a");
    assertThat(delivered.details())
        .containsEntry("hyber_status", "23011")
        .containsEntry("delivered_sms_parts", "1")
        .containsEntry("total_sms_parts", "1");
    assertThat(events.get(2).type()).isEqualTo(EventType.CLICKED);
    assertThat(events.get(2).count()).isEqualTo(2);
  }

  @Test
  void callbackArrayWithDuplicatesAndUnknownIdsParsesEveryReport() {
    String report =
        "{\"number\":\"380961111111\",\"time\":1477417294667,\"message_id\":\"unknown-id\","
            + "\"status\":3,\"substatus\":36,\"error_text\":\"Sending error\",\"sent_via\":\"viber\"}";
    List<ProviderEvent> events =
        new HyberClient(config())
            .parseCallback(CallbackPayload.json("[" + report + "," + report + "]"));
    assertThat(events).hasSize(2);
    assertThat(events.get(0)).isEqualTo(events.get(1));
    assertThat(events.get(0).type()).isEqualTo(EventType.UNDELIVERED);
    assertThat(events.get(0).reason()).isEqualTo("Sending error");
    assertThat(events.get(0).channel()).isEqualTo(Channel.VIBER);
    assertThat(events.get(0).messageId()).isNull();
  }

  @Test
  void expiredBySubstatusAndSubscriberReply() {
    assertThat(
            HyberClient.parseReports(
                    "{\"message_id\":\"m\",\"status\":3,\"substatus\":35,\"sent_via\":\"sms\"}")
                .get(0)
                .type())
        .isEqualTo(EventType.EXPIRED);
    ProviderEvent reply =
        HyberClient.parseReports(
                "{\"phone\":\"380961111111\",\"channel\":\"viber\",\"message_id\":\"m\","
                    + "\"extra_id\":\"x\",\"text_from_subscriber\":\"STOP\"}")
            .get(0);
    assertThat(reply.type()).isEqualTo(EventType.REPLY);
    assertThat(reply.text()).isEqualTo("STOP");
    assertThat(reply.channel()).isEqualTo(Channel.VIBER);
  }

  @Test
  void malformedCallbacksNameWhatIsWrong() {
    assertThatThrownBy(() -> HyberClient.parseReports("{not json"))
        .isInstanceOf(CallbackParseException.class)
        .hasMessageContaining("not JSON");
    assertThatThrownBy(() -> HyberClient.parseReports("{\"status\":2}"))
        .isInstanceOf(CallbackParseException.class)
        .hasMessageContaining("neither message_id nor extra_id");
    assertThatThrownBy(() -> HyberClient.parseReports("{\"message_id\":\"m\",\"status\":9}"))
        .isInstanceOf(CallbackParseException.class)
        .hasMessageContaining("unknown status 9");
    assertThatThrownBy(() -> HyberClient.parseReports(""))
        .isInstanceOf(CallbackParseException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> HyberClient.parseReports("\"text\""))
        .isInstanceOf(CallbackParseException.class);
  }

  static HyberConfig config() {
    return new HyberConfig("login", "secret", HyberEndpoints.forSite("gms", "1234"), null, true);
  }
}
