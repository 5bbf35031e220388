package io.cascade.domain.media;

import io.cascade.domain.shared.InvalidFieldException;

/** An uploaded file the platform does not keep as an image; the message says what to upload. */
public class InvalidImageException extends InvalidFieldException {

  public InvalidImageException(String message) {
    super("image", message);
  }
}
