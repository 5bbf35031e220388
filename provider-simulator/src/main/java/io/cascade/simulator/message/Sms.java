package io.cascade.simulator.message;

/** GSM-7 detection and SMS part counting (160/153 GSM-7, 70/67 UCS-2), as the providers bill. */
public final class Sms {
  private static final String GSM_BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final String GSM_EXTENDED = "^{}\\[~]|€\f";

  private static final boolean[] GSM = new boolean[0x10000];
  private static final boolean[] EXTENDED = new boolean[0x10000];

  static {
    GSM_BASIC.chars().forEach(c -> GSM[c] = true);
    GSM_EXTENDED.chars().forEach(c -> GSM[c] = EXTENDED[c] = true);
  }

  private Sms() {}

  public static boolean isGsm7(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!GSM[c]) {
        return false;
      }
    }
    return true;
  }

  /** Length in septets for GSM-7 (extended characters count twice), in characters otherwise. */
  public static int units(String text) {
    if (!isGsm7(text)) {
      return text.length();
    }
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += EXTENDED[text.charAt(i)] ? 2 : 1;
    }
    return n;
  }

  public static int parts(String text) {
    if (text == null || text.isEmpty()) {
      return 1;
    }
    boolean gsm = isGsm7(text);
    int units = units(text);
    int single = gsm ? 160 : 70;
    int multi = gsm ? 153 : 67;
    return units <= single ? 1 : (units + multi - 1) / multi;
  }
}
