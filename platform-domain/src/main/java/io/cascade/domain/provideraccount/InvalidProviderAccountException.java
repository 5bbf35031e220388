package io.cascade.domain.provideraccount;

import io.cascade.domain.shared.InvalidFieldException;

/** A provider account was given a value it cannot work with; names the field to fix. */
public class InvalidProviderAccountException extends InvalidFieldException {

  public InvalidProviderAccountException(String field, String message) {
    super(field, message);
  }
}
