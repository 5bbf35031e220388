package io.cascade.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.channel.InvalidContentException;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

  @Test
  void parsesANationalNumberInItsRegion() {
    PhoneNumber phone = PhoneNumber.parse("096 111 1111", "UA");
    assertThat(phone.e164()).isEqualTo("+380961111111");
    assertThat(phone.digits()).isEqualTo("380961111111");
    assertThat(phone.region()).isEqualTo("UA");
  }

  @Test
  void readsInternationalDigitsWithoutPlus() {
    assertThat(PhoneNumber.parse("79041231231", null).e164()).isEqualTo("+79041231231");
  }

  @Test
  void refusesTextAndImpossibleNumbers() {
    assertThatThrownBy(() -> PhoneNumber.parse("hello", "UA"))
        .isInstanceOf(InvalidContentException.class);
    assertThatThrownBy(() -> PhoneNumber.parse("+3801", null))
        .isInstanceOf(InvalidContentException.class)
        .hasMessageContaining("+3801");
    assertThatThrownBy(() -> PhoneNumber.of("+0123456789"))
        .isInstanceOf(InvalidContentException.class);
  }
}
