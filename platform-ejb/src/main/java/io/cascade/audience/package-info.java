/**
 * Audience services: contact lists, the CSV import (streamed to PostgreSQL COPY in the background,
 * progress stored for polling) and the suppression list. Depends on the domain's {@code audience}
 * and {@code message} packages and on {@code io.cascade.tenancy}.
 */
package io.cascade.audience;
