/**
 * Images a tenant uploads for its messages (template images), kept by the platform and served at a
 * public URL, and the ids providers gave them (Messaggio's {@code image_id}, per account). Depends
 * on {@code io.cascade.shared} only.
 */
package io.cascade.domain.media;
