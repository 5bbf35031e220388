package io.cascade.provideraccount;

import io.cascade.shared.DomainException;

/** A provider account was given a value it cannot work with; names the field to fix. */
public class InvalidProviderAccountException extends DomainException {

  private final String field;

  public InvalidProviderAccountException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String getField() {
    return field;
  }
}
