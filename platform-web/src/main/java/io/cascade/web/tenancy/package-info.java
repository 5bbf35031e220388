/**
 * Who is calling and for which tenant: reads the Keycloak token once per request, sets the tenant
 * context for the services, and sends people without a usable organization to a page that says so.
 * Depends on the EJB module's {@code tenancy} package.
 */
package io.cascade.web.tenancy;
