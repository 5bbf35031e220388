package io.cascade.domain.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DigitsShortcutTest {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  @Test
  void theFormsOfAnImportSkipTheFullParse() {
    // the benchmark's forms: E.164, international without plus, national (tenant region UA)
    assertThat(DigitsShortcut.read("+380671234567", "UA")).hasToString("+380671234567");
    assertThat(DigitsShortcut.read("380671234567", "UA")).hasToString("+380671234567");
    assertThat(DigitsShortcut.read("0671234567", "UA")).hasToString("+380671234567");
    assertThat(DigitsShortcut.read("067 123-45-67", "UA")).hasToString("+380671234567");
    assertThat(DigitsShortcut.read("(201) 555-0123", "US")).hasToString("+12015550123");
    assertThat(DigitsShortcut.read("+44 20 7946 0958", "UA")).hasToString("+442079460958");
    // not valid, or not plain digits: the full parse reads them and says why
    assertThat(DigitsShortcut.read("12345", "UA")).isNull();
    assertThat(DigitsShortcut.read("+38012345", "UA")).isNull();
    assertThat(DigitsShortcut.read("unknown", "UA")).isNull();
    assertThat(DigitsShortcut.read("+380 67 123 4567 ext. 5", "UA")).isNull();
  }

  @Test
  void endsWhereTheFullParseEndsForTheExamplesOfEveryRegionInEveryForm() {
    List<String> differences = new ArrayList<>();
    int shortcuts = 0;
    for (String region : new TreeSet<>(UTIL.getSupportedRegions())) {
      for (String text : formsOfExamples(region)) {
        for (String defaultRegion : new String[] {region, "UA", "US", null}) {
          PhoneNumber quick = DigitsShortcut.read(text, defaultRegion);
          if (quick == null) {
            continue;
          }
          shortcuts++;
          String full = fullParse(text, defaultRegion);
          if (!quick.e164().equals(full)) {
            differences.add(text + " in " + defaultRegion + ": " + quick + " but " + full);
          }
        }
      }
    }
    assertThat(differences).isEmpty();
    assertThat(shortcuts).as("forms that took the shortcut").isGreaterThan(3000);
  }

  @Test
  void endsWhereTheFullParseEndsForRandomDigits() {
    Random random = new Random(42);
    List<String> differences = new ArrayList<>();
    String[] regions = {"UA", "US", "GB", "DE", "IT", "RU", "KZ", "AR", "BR", "MX", "PL", "FR"};
    String[] starts = {"", "0", "00", "8", "1", "+", "+3", "+38", "+380", "380", "+1", "+7", "+44"};
    for (int i = 0; i < 200_000; i++) {
      String region = regions[random.nextInt(regions.length)];
      StringBuilder text = new StringBuilder(starts[random.nextInt(starts.length)]);
      int digits = 4 + random.nextInt(11);
      for (int d = 0; d < digits; d++) {
        text.append((char) ('0' + random.nextInt(10)));
      }
      PhoneNumber quick = DigitsShortcut.read(text.toString(), region);
      if (quick != null && !quick.e164().equals(fullParse(text.toString(), region))) {
        differences.add(text + " in " + region + ": " + quick);
      }
    }
    assertThat(differences).isEmpty();
  }

  /** Example numbers of the region, written in the forms people and spreadsheets use. */
  private static Set<String> formsOfExamples(String region) {
    Set<String> forms = new LinkedHashSet<>();
    for (PhoneNumberType type : PhoneNumberType.values()) {
      Phonenumber.PhoneNumber example = UTIL.getExampleNumberForType(region, type);
      if (example == null) {
        continue;
      }
      for (Phonenumber.PhoneNumber number : variants(example)) {
        String e164 = UTIL.format(number, PhoneNumberFormat.E164);
        String national = UTIL.format(number, PhoneNumberFormat.NATIONAL);
        forms.add(e164);
        forms.add(e164.substring(1));
        forms.add(UTIL.format(number, PhoneNumberFormat.INTERNATIONAL));
        forms.add(national);
        forms.add(national.replaceAll("[^0-9]", ""));
        forms.add(UTIL.getNationalSignificantNumber(number));
        forms.add("+" + number.getCountryCode() + "0" + UTIL.getNationalSignificantNumber(number));
      }
    }
    return forms;
  }

  /** The number, one digit more or less, and its last digit changed. */
  private static List<Phonenumber.PhoneNumber> variants(Phonenumber.PhoneNumber example) {
    List<Phonenumber.PhoneNumber> variants = new ArrayList<>();
    long national = example.getNationalNumber();
    for (long changed :
        new long[] {national, national * 10 + 7, national / 10, national - national % 10 + 9}) {
      Phonenumber.PhoneNumber number = new Phonenumber.PhoneNumber().mergeFrom(example);
      variants.add(number.setNationalNumber(changed));
    }
    return variants;
  }

  /** What libphonenumber's full parse makes of the text: E.164 when valid, else null. */
  private static String fullParse(String text, String region) {
    String input = region == null && text.matches("[1-9][0-9]{9,14}") ? "+" + text : text;
    try {
      Phonenumber.PhoneNumber parsed = UTIL.parse(input, region == null ? "ZZ" : region);
      return UTIL.isValidNumber(parsed) ? UTIL.format(parsed, PhoneNumberFormat.E164) : null;
    } catch (NumberParseException e) {
      return null;
    }
  }
}
