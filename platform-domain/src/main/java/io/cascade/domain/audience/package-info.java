/**
 * Audiences: a tenant's contact lists with their contacts (E.164 phone and personal variables), the
 * CSV imports that fill them, and the suppression list of numbers that opted out. Depends on {@code
 * io.cascade.message} (phone numbers) and {@code io.cascade.shared}.
 */
package io.cascade.domain.audience;
