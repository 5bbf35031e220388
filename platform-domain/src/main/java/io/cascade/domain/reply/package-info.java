/**
 * Subscribers' replies to campaign messages, and the tenant's opt-out keywords that turn a reply
 * into a suppressed number. Depends on {@code message} and {@code shared}.
 */
package io.cascade.domain.reply;
