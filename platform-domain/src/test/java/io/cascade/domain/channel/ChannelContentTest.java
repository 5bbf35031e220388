package io.cascade.domain.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChannelContentTest {

  @Test
  void textOnlyViberIsTransactionalAndImageMakesItPromotional() {
    assertThat(ViberContent.builder().text("hi").build().effectiveCategory())
        .isEqualTo(ViberCategory.TRANSACTIONAL);
    assertThat(
            ViberContent.builder().text("hi").image("https://x/i.png").build().effectiveCategory())
        .isEqualTo(ViberCategory.PROMOTIONAL);
  }

  @Test
  void aButtonNeedsCaptionAndLink() {
    assertThat(ViberContent.builder().text("hi").button("Go", null).build().hasButton()).isFalse();
    assertThat(ViberContent.builder().text("hi").button("Go", "https://x").build().hasButton())
        .isTrue();
  }

  @Test
  void refusesAnEmptyViberMessageAndAFileWithText() {
    assertThatThrownBy(() -> ViberContent.builder().build())
        .isInstanceOf(InvalidContentException.class);
    assertThatThrownBy(
            () -> ViberContent.builder().text("t").file("https://x/f.docx", "f.docx").build())
        .isInstanceOf(InvalidContentException.class)
        .hasMessageContaining("file only");
  }

  @Test
  void refusesOutOfRangeValues() {
    assertThatThrownBy(() -> Ttl.ofSeconds(0)).isInstanceOf(InvalidContentException.class);
    assertThatThrownBy(() -> SenderName.of("x".repeat(SenderName.MAX_LENGTH + 1)))
        .hasMessageContaining("at most 20");
    assertThatThrownBy(() -> GeoLocation.of("91", "0")).isInstanceOf(InvalidContentException.class);
    assertThat(GeoLocation.of("50.438820", "30.498916").latitude().toPlainString())
        .isEqualTo("50.438820");
  }

  @Test
  void countsSmsEncodingAndParts() {
    assertThat(SmsEncoding.of("Hello")).isEqualTo(SmsEncoding.GSM7);
    assertThat(SmsEncoding.of("Привіт")).isEqualTo(SmsEncoding.UCS2);
    assertThat(SmsEncoding.length("a€")).isEqualTo(3);
    assertThat(SmsEncoding.parts("a".repeat(160))).isEqualTo(1);
    assertThat(SmsEncoding.parts("a".repeat(161))).isEqualTo(2);
    assertThat(SmsEncoding.parts("я".repeat(71))).isEqualTo(2);
  }
}
