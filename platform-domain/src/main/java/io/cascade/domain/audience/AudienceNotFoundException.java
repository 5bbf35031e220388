package io.cascade.domain.audience;

import io.cascade.domain.shared.NotFoundException;
import java.util.UUID;

/**
 * No contact list (or import) with this id in the caller's tenant. Another tenant's ids get this
 * too: whether they exist elsewhere is not the caller's business.
 */
public class AudienceNotFoundException extends NotFoundException {

  public AudienceNotFoundException(String what, UUID id) {
    super("There is no " + what + " with id " + id + ".");
  }
}
