package io.cascade.web.tenancy;

import io.cascade.tenancy.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * The tenant and the caller of this request, resolved once by {@link TenantFilter}, for the pages
 * (top bar, menu) and the REST resources.
 */
@Named
@RequestScoped
public class CurrentTenant {

  private Caller caller;
  private String displayName;

  @Inject private HttpServletRequest request;

  /** The tenant admin renamed the tenant: this request and this session show the new name. */
  public void renamed(String displayName) {
    this.displayName = displayName;
    KnownTenant.remember(request.getSession(false), getId(), displayName);
  }

  void resolved(Caller caller, String displayName) {
    this.caller = caller;
    this.displayName = displayName;
  }

  public boolean isResolved() {
    return caller != null;
  }

  public String getId() {
    return caller == null ? null : caller.organizations().get(0);
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getUserName() {
    return caller == null ? null : caller.userName();
  }

  public Set<String> getRoles() {
    return caller == null ? Set.of() : caller.roles();
  }

  public boolean isTenantAdmin() {
    return hasRole(Roles.TENANT_ADMIN);
  }

  /** Templates, audiences and campaigns. */
  public boolean isCampaignWork() {
    return hasRole(Roles.TENANT_ADMIN) || hasRole(Roles.CAMPAIGN_MANAGER);
  }

  /**
   * Reports, replies, the campaign list and a campaign's progress: every staff role reads them
   * (analysts change nothing).
   */
  public boolean isResults() {
    return isCampaignWork() || hasRole(Roles.ANALYST);
  }

  private boolean hasRole(String role) {
    return caller != null && caller.hasRole(role);
  }
}
