package io.cascade.domain.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.domain.channel.InvalidContentException;
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

  @Test
  void readsE164TextTheSameWayAsAFullParse() {
    // E.164 text takes a shorter road; it must end where libphonenumber's full parse ends
    com.google.i18n.phonenumbers.PhoneNumberUtil util =
        com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance();
    for (String text :
        new String[] {
          "+380961111111", "+12015550123", "+442079460958", "+390612345678", "+79041231231",
          "+3809611111", "+38096111111111", "+1201555012", "+999123456789", "+4930123456"
        }) {
      String full;
      try {
        var parsed = util.parse(text, "ZZ");
        full =
            util.isPossibleNumber(parsed)
                ? util.format(
                    parsed, com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat.E164)
                : "impossible";
      } catch (com.google.i18n.phonenumbers.NumberParseException e) {
        full = "impossible";
      }
      String fast;
      try {
        fast = PhoneNumber.parse(text, "UA").e164();
      } catch (InvalidContentException e) {
        fast = "impossible";
      }
      assertThat(fast).as(text).isEqualTo(full);
    }
  }
}
