package io.cascade.provider.messaggio;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The encodings seed 004 lets the {@code charset} parameter declare for {@code txt}. The form is
 * percent-encoded and signed in the declared one, so what Messaggio decodes is what was written.
 */
public enum MessaggioCharset {
  UTF_8("UTF-8", StandardCharsets.UTF_8),
  UTF_16BE("UTF-16BE", StandardCharsets.UTF_16BE),
  CP1251("CP1251", Charset.forName("windows-1251"));

  private final String declared;
  private final Charset charset;

  MessaggioCharset(String declared, Charset charset) {
    this.declared = declared;
    this.charset = charset;
  }

  /** The value sent as {@code charset}. */
  public String declared() {
    return declared;
  }

  public Charset charset() {
    return charset;
  }

  /** Whether every character of the text has a form in this encoding. */
  public boolean canEncode(String text) {
    return text == null || charset.newEncoder().canEncode(text);
  }

  /**
   * Reads a declared value as seed 004 spells them (UTF8, UTF-8, UTF-16BE, UCS-2, CP1251).
   *
   * @throws IllegalArgumentException for any other: we would not know which bytes to send
   */
  public static MessaggioCharset parse(String declared) {
    String name = declared.strip().toUpperCase(Locale.ROOT);
    return switch (name) {
      case "UTF8", "UTF-8" -> UTF_8;
      case "UTF-16BE", "UCS-2" -> UTF_16BE;
      case "CP1251", "WINDOWS-1251" -> CP1251;
      default ->
          throw new IllegalArgumentException(
              "Messaggio charset must be UTF-8, UTF-16BE (UCS-2) or CP1251, not " + declared);
    };
  }
}
