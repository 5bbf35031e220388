package io.cascade.web.template;

import io.cascade.shared.DomainException;

/** A REST body that does not describe a template (an unknown channel or provider name). */
public class InvalidTemplateInputException extends DomainException {

  private final String field;

  public InvalidTemplateInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
