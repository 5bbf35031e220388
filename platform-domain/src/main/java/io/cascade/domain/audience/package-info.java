/**
 * Audiences: a tenant's contact lists with their contacts (E.164 phone and personal variables), the
 * CSV imports that fill them, and the suppression list of numbers that opted out. Depends on {@code
 * io.cascade.domain.message} (phone numbers, placeholders), {@code io.cascade.domain.channel} (a
 * Viber text's length, the longest value) and {@code io.cascade.domain.shared}.
 */
package io.cascade.domain.audience;
