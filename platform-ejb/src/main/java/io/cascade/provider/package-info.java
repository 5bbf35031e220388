/**
 * The provider port: one {@link io.cascade.provider.ProviderClient} interface the dispatch code
 * uses without knowing the provider, with its requests, per-recipient outcomes, callback events and
 * capabilities, and {@link io.cascade.provider.ProviderRegistry}, the one place that knows which
 * providers there are. Depends on the domain only; each provider lives in its own sub-package,
 * which nothing outside {@code io.cascade.provider} imports.
 */
package io.cascade.provider;
