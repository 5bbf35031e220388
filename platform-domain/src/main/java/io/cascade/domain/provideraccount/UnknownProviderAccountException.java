package io.cascade.domain.provideraccount;

import io.cascade.domain.shared.NotFoundException;
import java.util.UUID;

/**
 * No account with this id in the caller's tenant. Another tenant's account gets the same answer, so
 * ids of other tenants cannot be probed.
 */
public class UnknownProviderAccountException extends NotFoundException {

  public UnknownProviderAccountException(UUID id) {
    super(InvalidProviderAccountException.text("notFound", String.valueOf(id)));
  }
}
