package io.cascade.domain.shared;

/** A value the platform cannot use, naming the field to fix. REST answers 400 with the field. */
public class InvalidFieldException extends DomainException {

  private final String field;

  public InvalidFieldException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String getField() {
    return field;
  }
}
