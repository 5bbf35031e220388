package io.cascade.domain.audience;

import io.cascade.domain.shared.DomainException;

/** An audience input the platform cannot use: a list name, a CSV file, a column choice. */
public class InvalidAudienceException extends DomainException {

  public InvalidAudienceException(String message) {
    super(message);
  }
}
