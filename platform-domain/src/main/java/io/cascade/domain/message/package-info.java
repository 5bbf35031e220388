/**
 * What one campaign message is made of: recipients with E.164 phone numbers and personal variables,
 * the ordered multichannel content, and {@code %variable%} rendering. Depends on {@code
 * io.cascade.channel} and libphonenumber.
 */
package io.cascade.domain.message;
