/**
 * Audience screens (lists, CSV upload with its progress, contacts, suppression list) and the
 * audience REST API. Depends on the EJB module's {@code audience} services.
 */
package io.cascade.web.audience;
