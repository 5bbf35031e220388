package io.cascade.domain.tenancy;

import io.cascade.domain.shared.InvalidFieldException;

/** A tenant profile value that the platform cannot use; names the field and what to fix. */
public class InvalidProfileException extends InvalidFieldException {

  public InvalidProfileException(String field, String message) {
    super(field, message);
  }
}
