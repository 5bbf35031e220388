package io.cascade.domain.channel;

import java.util.Optional;

/**
 * The alphabet an SMS text needs: GSM-7 when every character is in the GSM 03.38 default alphabet
 * (or its extension table), UCS-2 otherwise. Decides how many characters fit in one part.
 */
public enum SmsEncoding {
  GSM7(160, 153),
  UCS2(70, 67);

  private static final String GSM7_BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final String GSM7_EXTENSION = "^{}\\[~]|€\f";

  private final int singlePartLength;
  private final int multiPartLength;

  SmsEncoding(int singlePartLength, int multiPartLength) {
    this.singlePartLength = singlePartLength;
    this.multiPartLength = multiPartLength;
  }

  public int singlePartLength() {
    return singlePartLength;
  }

  public int multiPartLength() {
    return multiPartLength;
  }

  public static SmsEncoding of(String text) {
    return firstNonGsm7(text).isPresent() ? UCS2 : GSM7;
  }

  /**
   * The first character (a whole code point, so an emoji stays one) that GSM-7 cannot carry: the
   * one that forces the text into UCS-2. Empty when the text fits GSM-7.
   */
  public static Optional<String> firstNonGsm7(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (GSM7_BASIC.indexOf(c) < 0 && GSM7_EXTENSION.indexOf(c) < 0) {
        return Optional.of(new String(Character.toChars(text.codePointAt(i))));
      }
    }
    return Optional.empty();
  }

  /** True for the characters of the GSM-7 extension table, which take two septets each. */
  public static boolean isExtension(char c) {
    return GSM7_EXTENSION.indexOf(c) >= 0;
  }

  /** Encoding, length, parts and the character that forced UCS-2, in one pass for the UI. */
  public static SmsCount count(String text) {
    String value = text == null ? "" : text;
    SmsEncoding encoding = of(value);
    int length = length(value);
    int parts = value.isEmpty() ? 0 : parts(value);
    int perPart = parts > 1 ? encoding.multiPartLength : encoding.singlePartLength;
    StringBuilder twice = new StringBuilder();
    if (encoding == GSM7) {
      value
          .chars()
          .filter(
              c ->
                  isExtension((char) c) && c != '\f' && twice.indexOf(String.valueOf((char) c)) < 0)
          .forEach(c -> twice.append((char) c));
    }
    return new SmsCount(
        encoding, length, parts, perPart, firstNonGsm7(value).orElse(null), twice.toString());
  }

  /** Length in septets (GSM-7, extension characters count twice) or UTF-16 units (UCS-2). */
  public static int length(String text) {
    if (of(text) == UCS2) {
      return text.length();
    }
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      length += GSM7_EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
    }
    return length;
  }

  /** Number of SMS parts the text is split into. */
  public static int parts(String text) {
    SmsEncoding encoding = of(text);
    int length = length(text);
    if (length <= encoding.singlePartLength) {
      return 1;
    }
    return (length + encoding.multiPartLength - 1) / encoding.multiPartLength;
  }
}
