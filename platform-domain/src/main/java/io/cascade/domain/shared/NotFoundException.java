package io.cascade.domain.shared;

/**
 * No such thing in the caller's tenant. Another tenant's ids get the same answer, so they cannot be
 * probed. REST answers 404, screens show the not-found page.
 */
public class NotFoundException extends DomainException {

  public NotFoundException(String message) {
    super(message);
  }

  public NotFoundException(LocalizedText text) {
    super(text);
  }
}
