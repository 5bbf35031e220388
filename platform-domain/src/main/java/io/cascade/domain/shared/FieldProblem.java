package io.cascade.domain.shared;

import java.io.Serializable;
import java.util.Locale;

/**
 * One field a person must fix, and what is wrong with it.
 *
 * @param text the sentence as a message key and values, or null when it exists in English only
 * @param message the English sentence
 */
public record FieldProblem(String field, LocalizedText text, String message)
    implements Serializable {

  public FieldProblem(String field, LocalizedText text) {
    this(field, text, text.toString());
  }

  public String message(Locale locale) {
    return text == null ? message : text.in(locale);
  }
}
