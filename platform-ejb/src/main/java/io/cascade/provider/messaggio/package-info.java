/**
 * Messaggio bulk platform: form sends with repeated {@code phone} and an MD5 {@code sign}, XML
 * replies, media upload for Viber images, and the {@code delivery} / {@code seen} / {@code reply}
 * callbacks. Depends on {@code io.cascade.provider} and the domain.
 */
package io.cascade.provider.messaggio;
