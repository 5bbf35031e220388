package io.cascade.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The platform's public base URL (the one callbacks use too), for image URLs. */
@ApplicationScoped
public class MediaSettings {

  @Inject
  @ConfigProperty(name = "PLATFORM_PUBLIC_URL", defaultValue = "http://localhost:8080")
  String publicUrl;

  public MediaUrls urls() {
    return new MediaUrls(publicUrl);
  }
}
