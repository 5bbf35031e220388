package io.cascade.template;

import io.cascade.domain.shared.LocalizedText;
import java.io.Serializable;
import java.util.Locale;

/**
 * One problem a template has for its provider.
 *
 * @param field the editor field it belongs to ({@code "viber.buttonCaption"}, {@code "sms.sender"},
 *     {@code "name"}), or a channel ({@code "viber"}), or {@code "channels"} / {@code "variables"}
 *     for the template as a whole
 * @param text a sentence a person understands, with the limit and the actual value; its keys are in
 *     {@code io/cascade/template/LintMessages.properties} and the bundles it wraps (provider
 *     limits, domain content problems)
 */
public record LintIssue(String field, LocalizedText text) implements Serializable {

  /** The sentence in English (the REST answers and exception messages use it). */
  public String message() {
    return text.toString();
  }

  /** The sentence in the viewer's language; English when there is no translation. */
  public String message(Locale locale) {
    return text.in(locale);
  }
}
