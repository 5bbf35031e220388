package io.cascade.domain.message;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonenumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.RegionMetadataSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short way to read a phone written as digits: in E.164 ({@code +380671234567}), with the
 * country code but no plus ({@code 380671234567}) or in the tenant's national form ({@code
 * 0671234567}), spaces, hyphens, dots and parentheses allowed. An import reads a million of them,
 * and libphonenumber's full parse (text normalisation, a dozen regular expressions) was more than
 * half of the reading time.
 *
 * <p>Each form replays the steps the full parse takes for it, with the same metadata (per region:
 * the country code, the international and national prefixes, the pattern of its numbers), and
 * builds the number without parsing text; the number is then checked with {@link
 * PhoneNumberUtil#isValidNumber}, as the full parse's result is. Wherever the full parse could do
 * something else (a national prefix to strip after the country code, a national part starting with
 * 0 as in Italy, a prefix transformed as in Argentina, an international prefix, a number that is
 * not valid) this gives up and returns null: the caller then runs the full parse, which also says
 * why a number is refused. {@code PhoneNumberTest} compares both ways over the example numbers of
 * every region in several forms.
 */
final class DigitsShortcut {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final RegionMetadataSource METADATA =
      DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
  private static final Set<Integer> CALLING_CODES = UTIL.getSupportedCallingCodes();
  private static final Set<String> REGIONS = UTIL.getSupportedRegions();

  /** Per region code, and per calling code (its main region): what the full parse would use. */
  private static final Map<String, Optional<Rules>> BY_REGION = new ConcurrentHashMap<>();

  private static final Map<Integer, Optional<Rules>> BY_CALLING_CODE = new ConcurrentHashMap<>();

  private DigitsShortcut() {}

  /**
   * The number, or null when the full parse must read it.
   *
   * @param text stripped text; a leading "+" for the international form
   * @param region the tenant's region, or null when there is none
   */
  static PhoneNumber read(String text, String region) {
    String digits = compact(text);
    if (digits == null) {
      return null;
    }
    if (digits.charAt(0) == '+') {
      return international(digits);
    }
    if (region == null) {
      return null;
    }
    Rules rules = BY_REGION.computeIfAbsent(region, DigitsShortcut::rulesOf).orElse(null);
    return rules == null ? null : rules.national(digits);
  }

  /**
   * "+" and the digits, without spaces, hyphens, dots and parentheses; null for other text (the
   * full parse handles letters, extensions and other signs), or for more digits than E.164 has.
   */
  private static String compact(String text) {
    int n = text.length();
    boolean plain = true;
    int digits = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '+' && i == 0) {
        // the international form
      } else if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')') {
        plain = false;
      } else {
        return null;
      }
    }
    if (digits < 2 || digits > PhoneNumber.MAX_DIGITS) {
      return null;
    }
    if (plain) {
      return text;
    }
    StringBuilder out = new StringBuilder(digits + 1);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((c >= '0' && c <= '9') || c == '+') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** "+" and digits: the country code is one of 1 to 3 digits (they are prefix-free). */
  private static PhoneNumber international(String digits) {
    if (digits.length() < 3 || digits.charAt(1) == '0') {
      return null;
    }
    int code = 0;
    int length = 0;
    for (int i = 1; i <= 3 && 1 + i < digits.length(); i++) {
      int candidate = Integer.parseInt(digits, 1, 1 + i, 10);
      if (CALLING_CODES.contains(candidate)) {
        code = candidate;
        length = i;
        break;
      }
    }
    if (code == 0) {
      return null;
    }
    Rules rules =
        BY_CALLING_CODE.computeIfAbsent(code, DigitsShortcut::rulesOfCallingCode).orElse(null);
    if (rules == null) {
      return null;
    }
    String national = digits.substring(1 + length);
    // the full parse strips a national prefix written after the country code (+44 0 20...)
    if (national.charAt(0) == '0' || rules.startsWithNationalPrefix(national)) {
      return null;
    }
    return rules.valid(national, digits);
  }

  private static Optional<Rules> rulesOfCallingCode(int code) {
    // a non-geographic code (800, 882...) has no region: the full parse reads those
    return Optional.of(UTIL.getRegionCodeForCountryCode(code))
        .filter(REGIONS::contains)
        .flatMap(DigitsShortcut::rulesOf);
  }

  private static Optional<Rules> rulesOf(String region) {
    if (!REGIONS.contains(region)) {
      return Optional.empty();
    }
    PhoneMetadata metadata = METADATA.getMetadataForRegion(region);
    if (metadata == null || metadata.getGeneralDesc().getNationalNumberPattern().isEmpty()) {
      return Optional.empty();
    }
    int code = metadata.getCountryCode();
    String prefix = metadata.getNationalPrefixForParsing();
    String transform = metadata.getNationalPrefixTransformRule();
    return Optional.of(
        new Rules(
            code,
            Integer.toString(code),
            // only the main region of a shared code (US for +1) is the one the full parse uses
            region.equals(UTIL.getRegionCodeForCountryCode(code)),
            Pattern.compile(metadata.getInternationalPrefix()),
            prefix == null || prefix.isEmpty() ? null : Pattern.compile(prefix),
            transform != null && !transform.isEmpty(),
            Pattern.compile(metadata.getGeneralDesc().getNationalNumberPattern()),
            metadata.getGeneralDesc().getPossibleLengthList(),
            metadata.getGeneralDesc().getPossibleLengthLocalOnlyList(),
            UTIL.getRegionCodesForCountryCode(code).size() == 1
                    && !metadata.getSameMobileAndFixedLinePattern()
                    && !metadata.getMobile().getNationalNumberPattern().isEmpty()
                ? Pattern.compile(metadata.getMobile().getNationalNumberPattern())
                : null,
            metadata.getMobile().getPossibleLengthList()));
  }

  /**
   * What the full parse uses of a region's metadata.
   *
   * @param main the region is its calling code's main one
   * @param international the international dialling prefix (00 in Ukraine)
   * @param nationalPrefix the national prefix for parsing (0 in Ukraine), or null
   * @param transforms the national prefix may rewrite the number (Argentina, Brazil)
   * @param numbers the pattern every national number of the region matches
   * @param lengths the lengths of its national numbers
   * @param localOnlyLengths lengths of numbers dialled only locally (without area code)
   * @param mobile the pattern of its mobile numbers, when the calling code is the region's alone
   *     and mobiles have a pattern of their own
   * @param mobileLengths the lengths of its mobile numbers
   */
  private record Rules(
      int code,
      String codeDigits,
      boolean main,
      Pattern international,
      Pattern nationalPrefix,
      boolean transforms,
      Pattern numbers,
      List<Integer> lengths,
      List<Integer> localOnlyLengths,
      Pattern mobile,
      List<Integer> mobileLengths) {

    boolean startsWithNationalPrefix(String digits) {
      return nationalPrefix != null && nationalPrefix.matcher(digits).lookingAt();
    }

    /** Digits without "+" in this region: with its country code, or in the national form. */
    PhoneNumber national(String digits) {
      if (!main || international.matcher(digits).lookingAt()) {
        return null;
      }
      if (digits.startsWith(codeDigits)) {
        // the full parse takes the country code off when the rest is a number of the region and
        // the whole is not
        String rest = digits.substring(codeDigits.length());
        if (rest.isEmpty()
            || rest.charAt(0) == '0'
            || startsWithNationalPrefix(rest)
            || numbers.matcher(digits).matches()
            || !numbers.matcher(rest).matches()) {
          return null;
        }
        return valid(rest, "+" + digits);
      }
      String national = digits;
      if (nationalPrefix != null) {
        Matcher prefix = nationalPrefix.matcher(digits);
        if (prefix.lookingAt()) {
          if (transforms && prefix.group(prefix.groupCount()) != null) {
            return null;
          }
          String stripped = digits.substring(prefix.end());
          // the full parse keeps a number that is one only with its prefix
          if (numbers.matcher(digits).matches() && !numbers.matcher(stripped).matches()) {
            return null;
          }
          national = stripped;
        }
      }
      if (national.length() < 2
          || national.charAt(0) == '0'
          || localOnlyLengths.contains(national.length())) {
        return null;
      }
      return valid(national, "+" + codeDigits + national);
    }

    /** The number when libphonenumber holds it valid; null lets the full parse say why not. */
    PhoneNumber valid(String national, String e164) {
      if (e164.length() < 1 + PhoneNumber.MIN_DIGITS
          || e164.length() > 1 + PhoneNumber.MAX_DIGITS) {
        // valid for libphonenumber, but not of E.164's length: the full path refuses it
        return null;
      }
      if (isMobile(national)) {
        return new PhoneNumber(e164);
      }
      Phonenumber.PhoneNumber number =
          new Phonenumber.PhoneNumber()
              .setCountryCode(code)
              .setNationalNumber(Long.parseLong(national));
      return UTIL.isValidNumber(number) ? new PhoneNumber(e164) : null;
    }

    /**
     * A mobile number of a region that has its calling code alone: valid, by the rule of {@link
     * PhoneNumberUtil#isValidNumber} (a number of the region's pattern and of one of its types),
     * with two patterns tried instead of its eleven. Most contacts are mobiles; for the others
     * isValidNumber decides.
     */
    private boolean isMobile(String national) {
      int length = national.length();
      return mobile != null
          && lengths.contains(length)
          && mobileLengths.contains(length)
          && numbers.matcher(national).matches()
          && mobile.matcher(national).matches();
    }
  }
}
