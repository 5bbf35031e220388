package io.cascade.web.profile;

import io.cascade.domain.tenancy.TenantProfile;
import io.cascade.tenancy.TenantProfileService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** index.xhtml: the tenant's dashboard. */
@Named
@RequestScoped
public class DashboardBacking {

  @EJB private TenantProfileService profiles;

  private TenantProfile profile;

  public void load() {
    profile = profiles.current();
  }

  public TenantProfile getProfile() {
    return profile;
  }
}
