package io.cascade.provider;

import io.cascade.shared.LocalizedText;

/**
 * One broken provider limit.
 *
 * @param field our name of what is wrong ("viber.text", "recipients[3].phone")
 * @param text a sentence a person understands, with the limit and the actual value: a key of {@code
 *     io/cascade/provider/LimitMessages.properties}, so the designer can show it translated
 */
public record LimitViolation(String field, LocalizedText text) {

  private static final String BUNDLE = "io.cascade.provider.LimitMessages";

  public static LimitViolation of(String field, String key, Object... values) {
    return new LimitViolation(field, text(key, values));
  }

  /** A text of the limits' bundle, for sentences built from parts. */
  public static LocalizedText text(String key, Object... values) {
    return LocalizedText.of(LimitViolation.class, BUNDLE, key, values);
  }

  /** The sentence in English, as clients log it and report it at send time. */
  public String message() {
    return text.toString();
  }

  @Override
  public String toString() {
    return field + ": " + message();
  }
}
