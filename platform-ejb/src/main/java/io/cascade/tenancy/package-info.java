/**
 * Which tenant the current work belongs to, how Hibernate learns it, and the tenant directory and
 * profile services. Depends on the domain's {@code tenancy} package only.
 */
package io.cascade.tenancy;
