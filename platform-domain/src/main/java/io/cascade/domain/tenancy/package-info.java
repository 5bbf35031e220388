/**
 * Tenants (Keycloak organizations) and their profile. Depends on nothing but Jakarta Persistence
 * and Hibernate's {@code @TenantId}.
 */
package io.cascade.domain.tenancy;
