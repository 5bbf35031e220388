package io.cascade.web.template;

import io.cascade.domain.shared.InvalidFieldException;

/** A REST body that does not describe a template (an unknown channel or provider name). */
public class InvalidTemplateInputException extends InvalidFieldException {

  public InvalidTemplateInputException(String field, String message) {
    super(field, message);
  }
}
