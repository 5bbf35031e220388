package io.cascade.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Tells Hibernate the tenant of the current session, for the {@code @TenantId} column of every
 * tenant-owned entity. Registered in persistence.xml; Hibernate makes it by reflection.
 */
public class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

  @Override
  public String resolveCurrentTenantIdentifier() {
    return TenantContext.current().orElse(TenantContext.NO_TENANT);
  }

  @Override
  public boolean validateExistingCurrentSessions() {
    // a transaction-scoped session never outlives the tenant it was opened for
    return false;
  }
}
