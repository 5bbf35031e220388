package io.cascade.domain.media;

import io.cascade.domain.shared.InvalidFieldException;
import io.cascade.domain.shared.LocalizedText;

/** An uploaded file the platform does not keep as an image; the message says what to upload. */
public class InvalidImageException extends InvalidFieldException {

  private static final String BUNDLE = "io.cascade.domain.media.MediaMessages";

  /** A refusal of the uploaded file, by a key of {@code MediaMessages.properties}. */
  public InvalidImageException(String key, Object... values) {
    super("image", LocalizedText.of(InvalidImageException.class, BUNDLE, key, values));
  }
}
