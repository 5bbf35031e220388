package io.cascade.provider.messaggio;

import static io.cascade.provider.SeedResources.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.domain.channel.ChannelContent;
import io.cascade.domain.channel.SmsContent;
import io.cascade.domain.channel.ViberContent;
import io.cascade.domain.message.MultichannelContent;
import io.cascade.domain.message.Recipient;
import io.cascade.provider.SendRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The four message types of seed 004 (1.2.1-1.2.4), SMS-only, and Viber with SMS fallback to two
 * phones, built from our domain values and compared with the forms under {@code
 * provider/messaggio/} as multimaps (names, values and the order of repeated values).
 */
class MessaggioSeedExamplesTest {

  static final String IMAGE = "https://cdn.example.com/banner.png";
  static final MessaggioConfig CONFIG =
      new MessaggioConfig("onvUser", "4Ab2ln4FEa32", MessaggioEndpoints.production(), null);

  static SendRequest request(List<Recipient> recipients, ChannelContent... cascade) {
    return new SendRequest(
        recipients,
        MultichannelContent.of(cascade),
        null,
        null,
        null,
        Map.of(IMAGE, "AVESK8...VHUQA8"),
        1);
  }

  static final List<Recipient> ONE = List.of(Recipient.of("msg-1", "79041231231"));

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of(
            "text", request(ONE, ViberContent.builder().text("hello").sender("Sender").build())),
        Arguments.of(
            "picture", request(ONE, ViberContent.builder().image(IMAGE).sender("Sender").build())),
        Arguments.of(
            "text-button",
            request(
                ONE,
                ViberContent.builder()
                    .text("hello")
                    .sender("Sender")
                    .button("Join Us", "https://example.com/join-us")
                    .build())),
        Arguments.of(
            "text-picture-button",
            request(
                ONE,
                ViberContent.builder()
                    .text("hello")
                    .sender("Sender")
                    .image(IMAGE)
                    .button("Join Us", "https://example.com/join-us")
                    .build())),
        Arguments.of("sms", request(ONE, SmsContent.of("hello", "Sender", 300))),
        Arguments.of(
            "text-sms-fallback-two-phones",
            request(
                List.of(Recipient.of("msg-1", "79041231231"), Recipient.of("msg-2", "79031234567")),
                ViberContent.builder().text("hello").sender("Sender").ttl(3600).build(),
                SmsContent.of("hello by SMS", "Sender", 300))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void buildsTheDocumentsForm(String resource, SendRequest request) {
    MessaggioRequestBuilder builder = new MessaggioRequestBuilder(CONFIG);
    assertThat(builder.validate(request)).isEmpty();
    List<MessaggioRequest> built = builder.build(request);
    assertThat(built).hasSize(1);
    // On the wire: the URL-encoded body, decoded again.
    Map<String, List<String>> wire = FormCodec.decode(FormCodec.encode(built.get(0).form()));
    assertThat(wire).containsExactlyEntriesOf(readForm("messaggio/" + resource + ".form"));
  }

  static Map<String, List<String>> readForm(String resource) {
    Map<String, List<String>> form = new LinkedHashMap<>();
    for (String line : text(resource).split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      form.computeIfAbsent(line.substring(0, eq), k -> new ArrayList<>())
          .add(line.substring(eq + 1));
    }
    return form;
  }
}
