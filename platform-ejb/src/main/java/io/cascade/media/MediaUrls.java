package io.cascade.media;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public URLs of kept images: {@code {PLATFORM_PUBLIC_URL}/media/{tenantId}/{imageId}/{name}}.
 * The tenant is part of the path so that the lookup of the id happens inside that tenant only.
 *
 * @param publicBase the platform's public base URL, without a trailing slash
 */
public record MediaUrls(String publicBase) {

  /** Tenant ids are organization aliases; anything else in the path is no image of ours. */
  private static final Pattern PATH =
      Pattern.compile("/([A-Za-z0-9_-]{1,64})/([0-9a-fA-F-]{36})/([A-Za-z0-9._-]{1,100})");

  /** What a media path names. */
  public record Ref(String tenantId, UUID imageId, String fileName) {}

  public MediaUrls {
    publicBase =
        publicBase.endsWith("/") ? publicBase.substring(0, publicBase.length() - 1) : publicBase;
  }

  public String of(String tenantId, UUID imageId, String fileName) {
    return publicBase + "/media/" + tenantId + "/" + imageId + "/" + fileName;
  }

  /** The image a full URL of ours names; empty for another address or a malformed path. */
  public Optional<Ref> parse(String url) {
    String prefix = publicBase + "/media";
    if (url == null || !url.startsWith(prefix)) {
      return Optional.empty();
    }
    return parsePath(url.substring(prefix.length()));
  }

  /** The image a path below {@code /media} names ({@code /acme/<uuid>/summer.png}). */
  public static Optional<Ref> parsePath(String path) {
    if (path == null) {
      return Optional.empty();
    }
    Matcher m = PATH.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Ref(m.group(1), UUID.fromString(m.group(2)), m.group(3)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
