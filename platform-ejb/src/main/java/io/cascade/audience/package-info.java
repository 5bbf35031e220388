/**
 * Audience services: contact lists, the CSV import (read by lines in the file's encoding, a broken
 * row refused alone, streamed to PostgreSQL COPY in the background, progress stored for polling)
 * and the suppression list. Depends on the domain's {@code audience}, {@code message} and {@code
 * shared} packages and on {@code io.cascade.tenancy}.
 */
package io.cascade.audience;
