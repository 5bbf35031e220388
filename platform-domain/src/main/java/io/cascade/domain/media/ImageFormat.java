package io.cascade.domain.media;

import java.util.Optional;

/**
 * The image formats every provider takes (Messaggio: JPG, PNG, GIF), recognised by the file's first
 * bytes, not by its name or the browser's content type, which a renamed file would fake.
 */
public enum ImageFormat {
  JPEG("jpg", "image/jpeg"),
  PNG("png", "image/png"),
  GIF("gif", "image/gif");

  private final String extension;
  private final String contentType;

  ImageFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  public String extension() {
    return extension;
  }

  public String contentType() {
    return contentType;
  }

  public static Optional<ImageFormat> detect(byte[] content) {
    if (content == null) {
      return Optional.empty();
    }
    if (startsWith(content, 0xff, 0xd8, 0xff)) {
      return Optional.of(JPEG);
    }
    if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a)) {
      return Optional.of(PNG);
    }
    if (startsWith(content, 'G', 'I', 'F', '8')) {
      return Optional.of(GIF);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, int... magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((content[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
