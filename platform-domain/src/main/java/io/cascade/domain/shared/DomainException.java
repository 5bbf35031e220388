package io.cascade.domain.shared;

/**
 * A business rule refused an input or a state change. The message says what to fix and is fit to
 * show a person; services let it through (declared an application exception in ejb-jar.xml), and
 * the web layer maps it once, to a 400 for REST and a message for screens.
 */
public class DomainException extends RuntimeException {

  public DomainException(String message) {
    super(message);
  }
}
