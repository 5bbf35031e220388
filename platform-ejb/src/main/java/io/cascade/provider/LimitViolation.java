package io.cascade.provider;

import io.cascade.domain.shared.LocalizedText;
import java.util.List;

/**
 * One broken provider limit.
 *
 * @param field what is wrong, named as the template designer names it ("viber.buttonCaption",
 *     "sms.sender", "variables"), so the designer shows it at that field; a part of the request
 *     with no field of its own is its channel ("viber") or "recipients"
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

  /**
   * A button needs its caption and its link together: the one that is missing, or nothing.
   *
   * @param channel the channel's field prefix ("viber", "push")
   */
  public static List<LimitViolation> halfButton(String channel, String caption, String action) {
    if (caption != null && action == null) {
      return List.of(of(channel + ".buttonAction", "button.noLink"));
    }
    if (caption == null && action != null) {
      return List.of(of(channel + ".buttonCaption", "button.noCaption"));
    }
    return List.of();
  }

  /** The label of a field, as a sentence's subject ("Viber button caption"). */
  public static LocalizedText label(String field) {
    return text("field." + field);
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
