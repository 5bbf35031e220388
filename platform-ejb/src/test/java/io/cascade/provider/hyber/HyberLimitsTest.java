package io.cascade.provider.hyber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.domain.channel.PushContent;
import io.cascade.domain.channel.SmsContent;
import io.cascade.domain.channel.Ttl;
import io.cascade.domain.channel.ViberContent;
import io.cascade.domain.message.MultichannelContent;
import io.cascade.domain.message.PhoneNumber;
import io.cascade.domain.message.Recipient;
import io.cascade.provider.LimitViolation;
import io.cascade.provider.LimitViolationException;
import io.cascade.provider.SendRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HyberLimitsTest {

  static List<Recipient> recipients(int n) {
    List<Recipient> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(Recipient.of("m" + i, "38096" + String.format("%07d", i)));
    }
    return list;
  }

  @Test
  void chunks60000RecipientsInto50000And10000() {
    List<List<Recipient>> chunks = HyberRequestBuilder.chunks(recipients(60_000));
    assertThat(chunks).extracting(List::size).containsExactly(50_000, 10_000);
    assertThat(chunks.get(1).get(0).messageId()).isEqualTo("m50000");
  }

  @Test
  void eachChunkBecomesOneRequestBodyOfAtMost50000() {
    SendRequest request =
        SendRequest.of(
            recipients(60_000), MultichannelContent.of(SmsContent.of("Hi", "GMSU", 300)));
    HyberRequestBuilder builder = new HyberRequestBuilder(null);
    List<Integer> sizes =
        HyberRequestBuilder.chunks(request.recipients()).stream()
            .map(c -> builder.batch(request, c).get("messages").size())
            .toList();
    assertThat(sizes).containsExactly(50_000, 10_000);
  }

  @Test
  void refusesBrokenLimitsBeforeSendingWithSentencesAPersonUnderstands() {
    SendRequest request =
        new SendRequest(
            List.of(
                new Recipient("a", PhoneNumber.of("380961111111"), Map.of("name", "x".repeat(990))),
                new Recipient("b", PhoneNumber.of("380962222222"), Map.of())),
            MultichannelContent.of(
                ViberContent.builder().text("Hello %name%, welcome").ttl(30).build(),
                new SmsContent(
                    "Hi",
                    io.cascade.domain.channel.SenderName.of("TooLongAlpha1"),
                    Ttl.ofSeconds(300),
                    false),
                new PushContent(
                    "t", "A title longer than twenty", Ttl.ofSeconds(60), null, null, null, false)),
            URI.create("https://example.com/" + "x".repeat(300)),
            null,
            null,
            Map.of(),
            1);
    HyberClient client = new HyberClient(HyberRepliesAndReportsTest.config());
    List<LimitViolation> violations = client.validate(request);
    assertThat(violations)
        .extracting(LimitViolation::field)
        .contains(
            "callback_url",
            "viber.ttlSeconds",
            "sms.sender",
            "viber.text",
            "variables",
            "push.title");
    assertThat(violations)
        .filteredOn(v -> v.field().equals("viber.ttlSeconds"))
        .first()
        .extracting(LimitViolation::message)
        .isEqualTo("viber TTL must be 40..86400 seconds, is 30");
    assertThat(violations)
        .filteredOn(v -> v.field().equals("variables"))
        .first()
        .extracting(LimitViolation::message)
        .asString()
        .contains("no value for name", "recipient b");
    // Nothing is sent: the endpoint is unreachable, and the refusal comes first.
    assertThatThrownBy(() -> client.send(request))
        .isInstanceOf(LimitViolationException.class)
        .hasMessageContaining("Hyber would refuse this message")
        .hasMessageContaining("Viber text must be at most 1000 characters, is 1005 (recipient a)");
  }

  @Test
  void refusesAViberFileOfAnUnknownType() {
    SendRequest request =
        SendRequest.of(
            recipients(2),
            MultichannelContent.of(
                ViberContent.builder().file("https://x/f.exe", "f.exe").build()));
    assertThat(new HyberClient(HyberRepliesAndReportsTest.config()).validate(request))
        .extracting(LimitViolation::message)
        .anyMatch(m -> m.contains("does not send files of type \"exe\""));
  }

  @Test
  void endpointsForTheRealSiteAndForTheSimulator() {
    assertThat(HyberEndpoints.forSite("gms", "1234"))
        .isEqualTo(
            new HyberEndpoints(
                URI.create("https://api-v2-gms.hyber.im/1234"),
                URI.create("https://proxy-gms.hyber.im/1234"),
                URI.create("https://dr-v2-gms.hyber.im/1234/api/dr")));
    assertThat(HyberEndpoints.underBase(URI.create("http://127.0.0.1:9000/"), "42"))
        .isEqualTo(
            new HyberEndpoints(
                URI.create("http://127.0.0.1:9000/hyber/api-v2/42"),
                URI.create("http://127.0.0.1:9000/hyber/proxy/42"),
                URI.create("http://127.0.0.1:9000/hyber/dr-v2/42/api/dr")));
  }
}
