package io.cascade.web.tenancy;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;

/**
 * The tenant a signed-in session was found to belong to, with its display name for the top bar.
 * Kept in the HTTP session so that {@link TenantFilter} asks the directory once per login.
 */
record KnownTenant(String id, String displayName) implements Serializable {

  private static final String ATTRIBUTE = KnownTenant.class.getName();

  /** What the session knows of this tenant, or null. */
  static KnownTenant of(HttpSession session, String tenantId) {
    if (session == null
        || !(session.getAttribute(ATTRIBUTE) instanceof KnownTenant known)
        || !known.id().equals(tenantId)) {
      return null;
    }
    return known;
  }

  static void remember(HttpSession session, String tenantId, String displayName) {
    if (session != null) {
      session.setAttribute(ATTRIBUTE, new KnownTenant(tenantId, displayName));
    }
  }
}
