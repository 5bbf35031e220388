package io.cascade.tenancy;

import io.cascade.domain.tenancy.TenantProfile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;

/** The current tenant's profile: everyone of the tenant reads it, its admin changes it. */
@Stateless
@RolesAllowed({
  Roles.TENANT_ADMIN,
  Roles.CAMPAIGN_MANAGER,
  Roles.ANALYST,
})
public class TenantProfileService {

  @PersistenceContext private EntityManager em;

  public TenantProfile current() {
    return em.createQuery("select p from TenantProfile p", TenantProfile.class)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new UnknownTenantException(TenantContext.current().orElse("?")));
  }

  @RolesAllowed(Roles.TENANT_ADMIN)
  public TenantProfile change(String displayName, ZoneId timeZone, String phoneRegion) {
    TenantProfile profile = current();
    profile.change(displayName, timeZone, phoneRegion);
    return profile;
  }
}
