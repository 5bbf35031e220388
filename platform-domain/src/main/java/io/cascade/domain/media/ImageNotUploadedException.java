package io.cascade.domain.media;

import io.cascade.domain.shared.DomainException;

/**
 * An image URL that is not an image uploaded to the platform by this tenant, where a provider needs
 * one (Messaggio sends images only by the id of an uploaded file).
 */
public class ImageNotUploadedException extends DomainException {

  public ImageNotUploadedException(String url) {
    super(
        "The image "
            + url
            + " was not uploaded to Cascade: Messaggio sends images by image_id, so upload the"
            + " image in the template designer.");
  }
}
