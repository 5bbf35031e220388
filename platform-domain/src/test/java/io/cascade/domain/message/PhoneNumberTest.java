package io.cascade.domain.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.domain.channel.InvalidContentException;
import java.util.Locale;
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
        // a number is taken only when it is valid for its country (isPossibleNumber let through
        // local-only lengths such as +38012345)
        full =
            util.isValidNumber(parsed)
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

  @Test
  void aLocalOnlyNumberIsRefusedAsTooShortWithTheInternationalFormToType() {
    // isPossibleNumber accepted 12345 as a local number of Ukraine: +38012345 reached contacts
    assertThatThrownBy(() -> PhoneNumber.parse("12345", "UA"))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage(
            "Phone number is not possible: 12345 is too short for UA (+380). Type it in"
                + " international form, such as +380501234567");
    assertThatThrownBy(() -> PhoneNumber.parse("+38012345", null))
        .hasMessageContaining("+38012345 is too short for UA (+380)");
  }

  @Test
  void saysWhyANumberIsRefused() {
    assertThatThrownBy(() -> PhoneNumber.parse("+38096111111111", "UA"))
        .hasMessage(
            "Phone number is not possible: +38096111111111 is too long for UA (+380). Type it in"
                + " international form, such as +380501234567");
    // nine digits, as Ukraine's numbers have, but no operator or area code starts with 11
    assertThatThrownBy(() -> PhoneNumber.parse("0111111111", "UA"))
        .hasMessage(
            "Phone number is not possible: 0111111111 is not a number of UA (+380). Type it in"
                + " international form, such as +380501234567");
    assertThatThrownBy(() -> PhoneNumber.parse("+999123456789", "UA"))
        .hasMessage(
            "Phone number is not possible: +999123456789 has no country code we know. Type it in"
                + " international form, such as +380501234567");
    // the example is of the tenant's country
    assertThatThrownBy(() -> PhoneNumber.parse("555-012", "US"))
        .hasMessageContaining("too short for US (+1)")
        .hasMessageContaining("such as +12015550123");
    assertThatThrownBy(() -> PhoneNumber.parse("hello", "UA"))
        .hasMessageStartingWith("Not a phone number: hello");
  }

  @Test
  void theReasonReadsInUkrainian() {
    InvalidContentException refused = null;
    try {
      PhoneNumber.parse("12345", "UA");
    } catch (InvalidContentException e) {
      refused = e;
    }
    assertThat(refused).isNotNull();
    assertThat(refused.texts().get(0).in(Locale.forLanguageTag("uk")))
        .isEqualTo(
            "Такого номера телефону не може бути: 12345 закороткий для UA (+380). Введіть його в"
                + " міжнародному форматі, наприклад +380501234567");
  }

  @Test
  void acceptsOnlyNumbersValidForTheirCountry() {
    assertThat(PhoneNumber.parse("+380 44 123 4567", null).e164()).isEqualTo("+380441234567");
    assertThat(PhoneNumber.parse("+44 20 7946 0958", "UA").e164()).isEqualTo("+442079460958");
    // possible by length, but no Ukrainian number starts with 0 after the country code
    assertThatThrownBy(() -> PhoneNumber.parse("+380011234567", "UA"))
        .isInstanceOf(InvalidContentException.class);
  }
}
