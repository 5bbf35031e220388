/**
 * Which messaging providers there are ({@link io.cascade.domain.provider.ProviderKind}): their
 * names and the shape of an account's credentials. What a provider can do and how it is called
 * lives in platform-ejb's provider registry. Depends on {@code shared} only.
 */
package io.cascade.domain.provider;
