package io.cascade.provider;

/** A provider refused an uploaded image, or we refused it before uploading. */
public class MediaUploadException extends RuntimeException {

  private final int status;

  public MediaUploadException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The provider's result code (Messaggio 1..4), or -1 when we refused the file ourselves. */
  public int status() {
    return status;
  }
}
