package io.cascade.provider.messaggio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.domain.channel.SmsContent;
import io.cascade.domain.message.MultichannelContent;
import io.cascade.domain.message.Recipient;
import io.cascade.provider.LimitViolation;
import io.cascade.provider.SendRequest;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The form goes out in the charset it declares, and is signed over those bytes. */
class MessaggioCharsetTest {

  private static final Charset CP1251 = Charset.forName("windows-1251");

  private static MessaggioConfig config(MessaggioCharset charset) {
    return new MessaggioConfig("onvUser", "secret", MessaggioEndpoints.production(), charset);
  }

  private static SendRequest sms(String text) {
    return SendRequest.of(
        List.of(Recipient.of("a", "380961111111")),
        MultichannelContent.of(SmsContent.of(text, "Shop", 300)));
  }

  @Test
  void aCp1251AccountSendsAndSignsWindows1251Bytes() {
    MessaggioRequestBuilder builder = new MessaggioRequestBuilder(config(MessaggioCharset.CP1251));
    Map<String, List<String>> form = builder.build(sms("Привіт, Олено")).get(0).form();
    String wire = FormCodec.encode(form, CP1251);

    assertThat(form.get("charset")).containsExactly("CP1251");
    String txt = wire.substring(wire.indexOf("txt=") + 4, wire.indexOf('&', wire.indexOf("txt=")));
    assertThat(URLDecoder.decode(txt, CP1251)).isEqualTo("Привіт, Олено");
    assertThat(txt).as("one byte per Cyrillic letter").startsWith("%CF%F0%E8%E2%B3%F2");
    assertThat(form.get("sign"))
        .containsExactly(
            MessaggioSign.md5Hex(
                ("onvUser" + "Shop" + "380961111111" + "Привіт, Олено" + "secret")
                    .getBytes(CP1251)));
  }

  @Test
  void withoutACharsetTheFormIsUtf8AsBefore() {
    MessaggioRequestBuilder builder = new MessaggioRequestBuilder(config(null));
    Map<String, List<String>> form = builder.build(sms("Привіт")).get(0).form();
    assertThat(form).doesNotContainKey("charset");
    assertThat(form.get("sign"))
        .containsExactly(
            MessaggioSign.bulk("onvUser", "Shop", List.of("380961111111"), "Привіт", "secret"));
  }

  @Test
  void aTextTheDeclaredCharsetCannotCarryIsRefusedBeforeSending() {
    List<LimitViolation> violations =
        new MessaggioRequestBuilder(config(MessaggioCharset.CP1251)).validate(sms("Hi 😀"));
    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.field()).isEqualTo("sms.text");
              assertThat(v.message()).contains("CP1251").contains("cannot carry");
            });
  }

  @Test
  void onlyTheDocumentedCharsetsAreTaken() {
    assertThat(MessaggioCharset.parse("utf8")).isEqualTo(MessaggioCharset.UTF_8);
    assertThat(MessaggioCharset.parse("UCS-2")).isEqualTo(MessaggioCharset.UTF_16BE);
    assertThat(MessaggioCharset.parse("cp1251")).isEqualTo(MessaggioCharset.CP1251);
    assertThatThrownBy(() -> MessaggioCharset.parse("KOI8-R"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UTF-8, UTF-16BE (UCS-2) or CP1251");
  }
}
