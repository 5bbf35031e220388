package io.cascade.tenancy;

import io.cascade.domain.shared.NotFoundException;

/** The caller's organization has no tenant profile yet. */
public class UnknownTenantException extends NotFoundException {

  public UnknownTenantException(String tenantId) {
    super(
        "Organization '"
            + tenantId
            + "' is not set up on this platform yet: its tenant admin has to log in first.");
  }
}
