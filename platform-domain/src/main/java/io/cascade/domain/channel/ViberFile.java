package io.cascade.domain.channel;

/** A document sent as a Viber "file" message: where it is and the name the subscriber sees. */
public record ViberFile(String url, String name) {
  public ViberFile {
    if (url == null || url.isBlank() || name == null || name.isBlank()) {
      throw new InvalidContentException("viber.file.missing");
    }
  }
}
