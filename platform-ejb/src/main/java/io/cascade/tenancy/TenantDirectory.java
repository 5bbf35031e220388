package io.cascade.tenancy;

import io.cascade.domain.tenancy.TenantProfile;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Which tenants the platform knows. A tenant is known once it has a profile: the demo tenants get
 * theirs at startup, a new organization gets its own at its first admin's first login.
 *
 * <p>Each method runs in a transaction of its own: Hibernate binds a session to the tenant current
 * when the session opens, so work for another tenant must never join the caller's transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TenantDirectory {

  static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");
  static final String DEFAULT_REGION = "UA";

  @PersistenceContext private EntityManager em;

  /** The profile of the given tenant, read as that tenant. */
  public Optional<TenantProfile> find(String tenantId) {
    return TenantContext.callAs(tenantId, this::profileOfCurrentTenant);
  }

  private Optional<TenantProfile> profileOfCurrentTenant() {
    return em.createQuery("select p from TenantProfile p", TenantProfile.class)
        .getResultStream()
        .findFirst();
  }

  /** Creates the tenant's profile if it has none; returns the profile either way. */
  public TenantProfile register(
      String tenantId, String displayName, ZoneId timeZone, String phoneRegion) {
    return find(tenantId)
        .orElseGet(
            () ->
                TenantContext.callAs(
                    tenantId,
                    () -> {
                      TenantProfile profile = new TenantProfile(displayName, timeZone, phoneRegion);
                      em.persist(profile);
                      em.flush();
                      return profile;
                    }));
  }

  /** First login of a new organization's admin: a profile with defaults they can then edit. */
  public TenantProfile registerWithDefaults(String tenantId) {
    return register(tenantId, tenantId, DEFAULT_ZONE, DEFAULT_REGION);
  }
}
