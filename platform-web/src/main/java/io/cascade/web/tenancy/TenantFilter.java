package io.cascade.web.tenancy;

import io.cascade.tenancy.Roles;
import io.cascade.tenancy.TenantContext;
import io.cascade.tenancy.TenantDirectory;
import io.cascade.web.shell.ApiRequests;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Resolves the tenant of every signed-in request from the token's organization claim, once, and
 * makes it the tenant of everything the request does. A caller without a usable organization gets a
 * page (or, for the REST API, a JSON 403) that says why, and reaches nothing tenant-owned.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class TenantFilter extends HttpFilter {

  static final String ACCESS_PAGE = "/access/organization.xhtml";
  static final String PROBLEM_ATTRIBUTE = "organizationProblem";

  private static final Logger LOG = Logger.getLogger(TenantFilter.class.getName());

  @EJB private TenantDirectory directory;
  @Inject private CurrentTenant currentTenant;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Caller caller = TokenReader.read(request);
    if (caller == null || isOpen(request)) {
      chain.doFilter(request, response);
      return;
    }
    OrganizationProblem problem = resolve(caller, request.getSession(false));
    if (problem != null) {
      refuse(request, response, problem);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      TenantContext.clear();
    }
  }

  /**
   * Sets the tenant, or says what keeps this caller from having one. A session remembers the tenant
   * it found, so the directory is asked once per login, not on every (ajax) request.
   */
  private OrganizationProblem resolve(Caller caller, HttpSession session) {
    if (caller.organizations().isEmpty()) {
      return caller.hasRole(Roles.PLATFORM_OPERATOR)
          ? OrganizationProblem.OPERATOR_WITHOUT_TENANT
          : OrganizationProblem.NO_ORGANIZATION;
    }
    if (caller.organizations().size() > 1) {
      return OrganizationProblem.SEVERAL_ORGANIZATIONS;
    }
    String tenantId = caller.organizations().get(0);
    KnownTenant known = KnownTenant.of(session, tenantId);
    if (known != null) {
      TenantContext.set(tenantId);
      currentTenant.resolved(caller, known.displayName());
      return null;
    }
    var profile = directory.find(tenantId);
    if (profile.isEmpty()) {
      if (!caller.hasRole(Roles.TENANT_ADMIN)) {
        return OrganizationProblem.UNKNOWN_ORGANIZATION;
      }
      LOG.info(() -> "First login of organization " + tenantId + ": registering it as a tenant");
      profile = Optional.of(directory.registerWithDefaults(tenantId));
    }
    TenantContext.set(tenantId);
    currentTenant.resolved(caller, profile.get().getDisplayName());
    KnownTenant.remember(session, tenantId, profile.get().getDisplayName());
    return null;
  }

  private void refuse(
      HttpServletRequest request, HttpServletResponse response, OrganizationProblem problem)
      throws IOException, ServletException {
    if (ApiRequests.isApi(request)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("application/json");
      response
          .getWriter()
          .write("{\"error\":\"" + problem.name() + "\",\"message\":\"" + problem.text + "\"}");
      return;
    }
    request.setAttribute(PROBLEM_ATTRIBUTE, problem);
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    request.getRequestDispatcher(ACCESS_PAGE).forward(request, response);
  }

  /** The REST API: JAX-RS is mapped at {@code /api}, so the rest of the path is path info. */
  /**
   * Pages that need no tenant: the access page itself, Faces resources, logout, health, and the
   * media path, which looks images up as the tenant its path names.
   */
  private static boolean isOpen(HttpServletRequest request) {
    String path = request.getServletPath();
    return path.equals(ACCESS_PAGE)
        || path.startsWith("/jakarta.faces.resource/")
        || path.equals("/logout")
        || path.equals("/health")
        || path.equals("/media")
        || path.startsWith("/media/")
        || path.equals("/callbacks");
  }
}
