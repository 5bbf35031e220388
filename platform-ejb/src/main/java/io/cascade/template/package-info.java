/**
 * Template services: saving, copying and versioning the tenant's templates, and the lint that
 * checks a template against its target provider's rules (reusing each provider's own validator)
 * before it is saved. Depends on the domain's {@code template}, {@code channel} and {@code message}
 * packages and on {@code io.cascade.provider} for the limits, and on {@code io.cascade.media} to
 * know which images were uploaded.
 */
package io.cascade.template;
