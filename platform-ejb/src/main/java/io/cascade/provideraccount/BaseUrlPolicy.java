package io.cascade.provideraccount;

import io.cascade.domain.provider.ProviderKind;
import io.cascade.domain.provideraccount.InvalidProviderAccountException;
import io.cascade.provider.ProviderRegistry;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which API base URLs an account may point at: the provider's documented one (stored as "none"), or
 * one of the bases the platform operator allowed ({@code PROVIDER_BASE_URL_ALLOWLIST}, e.g. the
 * simulator). Anything else is refused, so a tenant cannot make the platform call an internal
 * address (cloud metadata, the platform itself). Matching is exact after normalisation (scheme and
 * host lower-cased, default port dropped, trailing slash dropped); no user info, query or fragment.
 */
public final class BaseUrlPolicy {

  private final Set<String> allowed;

  private BaseUrlPolicy(Set<String> allowed) {
    this.allowed = Set.copyOf(allowed);
  }

  /** From the comma-separated allow-list; entries that are no http(s) URL are ignored. */
  public static BaseUrlPolicy of(String allowList) {
    Set<String> allowed = new LinkedHashSet<>();
    if (allowList != null) {
      for (String entry : allowList.split(",")) {
        normalise(entry).ifPresent(allowed::add);
      }
    }
    return new BaseUrlPolicy(allowed);
  }

  public Set<String> allowed() {
    return allowed;
  }

  /**
   * The base to store for this account: null for the provider's documented one, else the allowed
   * base in normal form.
   *
   * @throws InvalidProviderAccountException (field {@code baseUrl}) for anything else
   */
  public String check(ProviderKind provider, String given) {
    if (given == null || given.isBlank()) {
      return null;
    }
    Optional<String> normal = normalise(given);
    if (normal.isPresent()
        && ProviderRegistry.module(provider).documentedBases().contains(normal.get())) {
      return null;
    }
    if (normal.isPresent() && allowed.contains(normal.get())) {
      return normal.get();
    }
    throw InvalidProviderAccountException.of(
        "baseUrl", "baseUrl.notAllowed", given.strip(), provider.displayName());
  }

  static Optional<String> normalise(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(text.strip());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.empty();
    }
    if (uri.getHost() == null
        || uri.getRawUserInfo() != null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      return Optional.empty();
    }
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return Optional.of(
        scheme
            + "://"
            + uri.getHost().toLowerCase(Locale.ROOT)
            + (defaultPort ? "" : ":" + port)
            + path);
  }
}
