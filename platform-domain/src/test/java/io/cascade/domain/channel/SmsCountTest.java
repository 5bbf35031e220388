package io.cascade.domain.channel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsCountTest {

  @Test
  void gsm7ExtensionCharactersCountTwice() {
    SmsCount count = SmsEncoding.count("Price: 5€ [new] {x}");

    assertThat(count.encoding()).isEqualTo(SmsEncoding.GSM7);
    // 19 characters, of which € [ ] { } take two septets each
    assertThat(count.characters()).isEqualTo(19 + 5);
    assertThat(count.parts()).isEqualTo(1);
    assertThat(count.perPart()).isEqualTo(160);
    assertThat(count.ucs2Because()).isNull();
    assertThat(count.countTwice()).as("each once, in the order typed").isEqualTo("€[]{}");
    assertThat(SmsEncoding.count("Привіт €").countTwice()).as("UCS-2 counts none twice").isEmpty();
  }

  @Test
  void extensionCharactersPushATextIntoASecondPart() {
    assertThat(SmsEncoding.count("a".repeat(158) + "€").parts()).isEqualTo(1);
    SmsCount two = SmsEncoding.count("a".repeat(159) + "€");
    assertThat(two.characters()).isEqualTo(161);
    assertThat(two.parts()).isEqualTo(2);
    assertThat(two.perPart()).isEqualTo(153);
  }

  @Test
  void aCyrillicTextIsUcs2AndNamesTheCharacterThatForcedIt() {
    SmsCount count = SmsEncoding.count("Hello, Привіт!");

    assertThat(count.encoding()).isEqualTo(SmsEncoding.UCS2);
    assertThat(count.ucs2Because()).isEqualTo("П");
    assertThat(count.characters()).isEqualTo(14);
    assertThat(count.perPart()).isEqualTo(70);
    assertThat(SmsEncoding.count("я".repeat(70)).parts()).isEqualTo(1);
    SmsCount long71 = SmsEncoding.count("я".repeat(71));
    assertThat(long71.parts()).isEqualTo(2);
    assertThat(long71.perPart()).isEqualTo(67);
    assertThat(SmsEncoding.count("я".repeat(135)).parts()).isEqualTo(3);
  }

  @Test
  void anEmojiIsNamedWhole() {
    assertThat(SmsEncoding.count("ok 👍").ucs2Because()).isEqualTo("👍");
  }

  @Test
  void anEmptyTextHasNoParts() {
    assertThat(SmsEncoding.count(null).parts()).isZero();
    assertThat(SmsEncoding.count("").encoding()).isEqualTo(SmsEncoding.GSM7);
  }
}
