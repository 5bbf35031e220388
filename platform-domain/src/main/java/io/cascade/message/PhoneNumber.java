package io.cascade.message;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.cascade.channel.InvalidContentException;

/**
 * A subscriber's number in E.164 ({@code +380961111111}), checked once by libphonenumber so the
 * rest of the code can trust it. Providers want it without the plus: {@link #digits()}.
 */
public record PhoneNumber(String e164) {

  /** E.164 allows at most 15 digits. */
  public static final int MAX_DIGITS = 15;

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  public PhoneNumber {
    if (e164 == null || !e164.matches("\\+[1-9][0-9]{6," + (MAX_DIGITS - 1) + "}")) {
      throw new InvalidContentException("Not an E.164 phone number: " + e164);
    }
  }

  /**
   * Parses what a person typed or imported. Numbers without a country code are read in {@code
   * defaultRegion} (ISO 3166 code such as "UA"); the number must be possible for its country.
   */
  public static PhoneNumber parse(String raw, String defaultRegion) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidContentException("Phone number is empty");
    }
    String text = raw.strip();
    // Imports often carry the international form without the plus.
    if (text.matches("[1-9][0-9]{9,14}") && (defaultRegion == null || defaultRegion.isBlank())) {
      text = "+" + text;
    }
    try {
      var parsed = UTIL.parse(text, defaultRegion == null ? "ZZ" : defaultRegion);
      if (!UTIL.isPossibleNumber(parsed)) {
        throw new InvalidContentException("Phone number is not possible for its country: " + raw);
      }
      return new PhoneNumber(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      throw new InvalidContentException("Not a phone number: " + raw + " (" + e.getMessage() + ")");
    }
  }

  /** Wraps an international number that is already in E.164 or E.164 without the plus. */
  public static PhoneNumber of(String international) {
    return new PhoneNumber(international.startsWith("+") ? international : "+" + international);
  }

  /** The international number without "+", as every provider we use wants it. */
  public String digits() {
    return e164.substring(1);
  }

  /** ISO region of the number (e.g. "UA"), or "ZZ" when libphonenumber does not know it. */
  public String region() {
    try {
      return UTIL.getRegionCodeForNumber(UTIL.parse(e164, "ZZ"));
    } catch (NumberParseException e) {
      return "ZZ";
    }
  }

  @Override
  public String toString() {
    return e164;
  }
}
