/**
 * The provider port: one {@link io.cascade.provider.ProviderClient} interface the dispatch code
 * uses without knowing the provider, with its requests, per-recipient outcomes, callback events and
 * capabilities. Depends on the domain values of {@code io.cascade.message} and {@code
 * io.cascade.channel} only; each provider lives in its own sub-package.
 */
package io.cascade.provider;
