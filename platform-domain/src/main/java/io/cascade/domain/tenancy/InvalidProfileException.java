package io.cascade.domain.tenancy;

import io.cascade.domain.shared.InvalidFieldException;
import io.cascade.domain.shared.LocalizedText;

/** A tenant profile value that the platform cannot use; names the field and what to fix. */
public class InvalidProfileException extends InvalidFieldException {

  private static final String BUNDLE = "io.cascade.domain.tenancy.ProfileMessages";

  /** A refusal of the field, by a key of {@code ProfileMessages.properties}. */
  public static InvalidProfileException of(String field, String key, Object... values) {
    return new InvalidProfileException(
        field, LocalizedText.of(InvalidProfileException.class, BUNDLE, key, values));
  }

  private InvalidProfileException(String field, LocalizedText text) {
    super(field, text);
  }
}
