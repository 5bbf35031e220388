/**
 * Sending campaigns: making the messages by set-based SQL, claiming them in batches under a lease,
 * sending outside any transaction through the provider port, writing results in batches, and
 * reconciling what a crash or a lost answer left unknown. Depends on the provider port (never on a
 * provider's classes), the domain, and the campaign and provider account services.
 */
package io.cascade.dispatch;
