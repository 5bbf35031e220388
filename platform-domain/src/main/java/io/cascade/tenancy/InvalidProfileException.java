package io.cascade.tenancy;

import io.cascade.shared.DomainException;

/** A tenant profile value that the platform cannot use; names the field and what to fix. */
public class InvalidProfileException extends DomainException {

  private final String field;

  public InvalidProfileException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String getField() {
    return field;
  }
}
