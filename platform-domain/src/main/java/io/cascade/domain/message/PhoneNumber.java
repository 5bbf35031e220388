package io.cascade.domain.message;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.cascade.domain.channel.InvalidContentException;
import java.util.regex.Pattern;

/**
 * A subscriber's number in E.164 ({@code +380961111111}), checked once by libphonenumber so the
 * rest of the code can trust it. Providers want it without the plus: {@link #digits()}.
 */
public record PhoneNumber(String e164) {

  /** E.164 allows at most 15 digits. */
  public static final int MAX_DIGITS = 15;

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  // compiled once: imports parse a million numbers
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6," + (MAX_DIGITS - 1) + "}");
  private static final java.util.Set<Integer> CALLING_CODES = UTIL.getSupportedCallingCodes();
  private static final Pattern INTERNATIONAL_DIGITS = Pattern.compile("[1-9][0-9]{9,14}");

  public PhoneNumber {
    if (e164 == null || !E164.matcher(e164).matches()) {
      throw new InvalidContentException("phone.e164", e164);
    }
  }

  /**
   * Parses what a person typed or imported. Numbers without a country code are read in {@code
   * defaultRegion} (ISO 3166 code such as "UA"); the number must be possible for its country.
   */
  public static PhoneNumber parse(String raw, String defaultRegion) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidContentException("phone.empty");
    }
    String text = raw.strip();
    // Imports often carry the international form without the plus.
    if (INTERNATIONAL_DIGITS.matcher(text).matches()
        && (defaultRegion == null || defaultRegion.isBlank())) {
      text = "+" + text;
    }
    if (E164.matcher(text).matches()) {
      PhoneNumber international = parseE164(text, raw);
      if (international != null) {
        return international;
      }
    }
    try {
      var parsed = UTIL.parse(text, defaultRegion == null ? "ZZ" : defaultRegion);
      if (!UTIL.isPossibleNumber(parsed)) {
        throw new InvalidContentException("phone.impossible", raw);
      }
      return new PhoneNumber(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      throw new InvalidContentException("phone.invalid", raw, e.getMessage());
    }
  }

  /**
   * The fast way for text already in E.164 (about ten times faster than a full parse): only the
   * country code is looked up and the length checked, which is all a full parse would do with it.
   * Null when the number needs the full parse (a national part starting with 0, as in Italy).
   */
  private static PhoneNumber parseE164(String text, String raw) {
    // country calling codes are prefix-free: the first known one of 1 to 3 digits is the one
    int length = 1;
    while (length <= 3
        && !CALLING_CODES.contains(Integer.parseInt(text.substring(1, 1 + length)))) {
      length++;
    }
    if (length > 3 || text.charAt(1 + length) == '0') {
      return null;
    }
    Phonenumber.PhoneNumber number =
        new Phonenumber.PhoneNumber()
            .setCountryCode(Integer.parseInt(text.substring(1, 1 + length)))
            .setNationalNumber(Long.parseLong(text.substring(1 + length)));
    if (!UTIL.isPossibleNumber(number)) {
      throw new InvalidContentException("phone.impossible", raw);
    }
    return new PhoneNumber(text);
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
