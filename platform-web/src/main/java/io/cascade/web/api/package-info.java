/**
 * The tenant REST API under /api (Bearer tokens from Keycloak): records in and out, never entities,
 * errors mapped once in {@link io.cascade.web.api.ApiExceptionMappers}.
 */
package io.cascade.web.api;
