package io.cascade.channel;

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
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (GSM7_BASIC.indexOf(c) < 0 && GSM7_EXTENSION.indexOf(c) < 0) {
        return UCS2;
      }
    }
    return GSM7;
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
