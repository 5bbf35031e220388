package io.cascade.domain.message;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.NumberParseException.ErrorType;
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

  /** The fewest digits we take as a number (E.164 itself sets no minimum). */
  public static final int MIN_DIGITS = 7;

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  // compiled once: imports parse a million numbers
  private static final Pattern E164 =
      Pattern.compile("\\+[1-9][0-9]{" + (MIN_DIGITS - 1) + "," + (MAX_DIGITS - 1) + "}");
  private static final java.util.Set<String> REGIONS = UTIL.getSupportedRegions();
  private static final Pattern INTERNATIONAL_DIGITS = Pattern.compile("[1-9][0-9]{9,14}");

  /** Per region, the example a refusal shows: an import may refuse thousands of rows. */
  private static final java.util.Map<String, String> EXAMPLES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The international form a refusal shows when the region has no example of its own. */
  static final String DEFAULT_EXAMPLE = "+380501234567";

  public PhoneNumber {
    if (e164 == null || !E164.matcher(e164).matches()) {
      throw new InvalidContentException("phone.e164", e164);
    }
  }

  /**
   * Parses what a person typed or imported. Numbers without a country code are read in {@code
   * defaultRegion} (ISO 3166 code such as "UA"). The number must be valid for its country, not only
   * of a possible length: {@code 12345} in Ukraine is a local number without its area code, which
   * no message can reach.
   *
   * @throws InvalidContentException saying why: too short, too long, not a number of its country,
   *     no known country code, not a number at all; with the international form to type
   */
  public static PhoneNumber parse(String raw, String defaultRegion) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidContentException("phone.empty");
    }
    String text = raw.strip();
    String region = defaultRegion == null || defaultRegion.isBlank() ? null : defaultRegion;
    // Imports often carry the international form without the plus.
    if (region == null && INTERNATIONAL_DIGITS.matcher(text).matches()) {
      text = "+" + text;
    }
    // most numbers are digits in a common form: read without the full parse, checked the same way
    PhoneNumber quick = DigitsShortcut.read(text, region);
    if (quick != null) {
      return quick;
    }
    if (region == null) {
      region = "ZZ";
    }
    Phonenumber.PhoneNumber parsed;
    try {
      parsed = UTIL.parse(text, region);
    } catch (NumberParseException e) {
      throw refused(raw, e, region);
    }
    if (!UTIL.isValidNumber(parsed)) {
      throw refused(raw, parsed);
    }
    return new PhoneNumber(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
  }

  /** Why libphonenumber could not read the text as a number. */
  private static InvalidContentException refused(
      String raw, NumberParseException e, String region) {
    String example = example(region);
    if (!REGIONS.contains(region) && e.getErrorType() != ErrorType.NOT_A_NUMBER) {
      // neither the text nor the tenant names a country to measure the number against
      return new InvalidContentException("phone.noCountry", raw, example);
    }
    return switch (e.getErrorType()) {
      case INVALID_COUNTRY_CODE -> new InvalidContentException("phone.noCountry", raw, example);
      case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN ->
          new InvalidContentException("phone.tooShort", raw, country(region), example);
      case TOO_LONG -> new InvalidContentException("phone.tooLong", raw, country(region), example);
      case NOT_A_NUMBER -> new InvalidContentException("phone.invalid", raw, e.getMessage());
    };
  }

  /** Why a number libphonenumber could read is not valid for its country. */
  private static InvalidContentException refused(String raw, Phonenumber.PhoneNumber parsed) {
    String region = UTIL.getRegionCodeForCountryCode(parsed.getCountryCode());
    String country = country(parsed.getCountryCode());
    String example = example(region);
    return switch (UTIL.isPossibleNumberWithReason(parsed)) {
      case TOO_SHORT, IS_POSSIBLE_LOCAL_ONLY ->
          new InvalidContentException("phone.tooShort", raw, country, example);
      case TOO_LONG -> new InvalidContentException("phone.tooLong", raw, country, example);
      case INVALID_COUNTRY_CODE -> new InvalidContentException("phone.noCountry", raw, example);
      case IS_POSSIBLE, INVALID_LENGTH ->
          new InvalidContentException("phone.notOfCountry", raw, country, example);
    };
  }

  /** "UA (+380)": the region and its calling code, the same in every language. */
  private static String country(String region) {
    int code = UTIL.getCountryCodeForRegion(region);
    return code == 0 ? region : region + " (+" + code + ")";
  }

  private static String country(int callingCode) {
    String region = UTIL.getRegionCodeForCountryCode(callingCode);
    return REGIONS.contains(region) ? country(region) : "+" + callingCode;
  }

  /** A mobile number of the region in E.164, to show the form to type; Ukraine's by default. */
  private static String example(String region) {
    return EXAMPLES.computeIfAbsent(
        region,
        r -> {
          Phonenumber.PhoneNumber example =
              REGIONS.contains(r)
                  ? UTIL.getExampleNumberForType(r, PhoneNumberUtil.PhoneNumberType.MOBILE)
                  : null;
          return example == null
              ? DEFAULT_EXAMPLE
              : UTIL.format(example, PhoneNumberUtil.PhoneNumberFormat.E164);
        });
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
