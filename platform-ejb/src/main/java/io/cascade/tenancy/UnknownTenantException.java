package io.cascade.tenancy;

import io.cascade.shared.DomainException;

/** The caller's organization has no tenant profile yet. */
public class UnknownTenantException extends DomainException {

  public UnknownTenantException(String tenantId) {
    super(
        "Organization '"
            + tenantId
            + "' is not set up on this platform yet: its tenant admin has to log in first.");
  }
}
