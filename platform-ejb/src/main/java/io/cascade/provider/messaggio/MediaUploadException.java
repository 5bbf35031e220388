package io.cascade.provider.messaggio;

/** Messaggio refused an uploaded image (seed 004, 3.1) or we refused it before uploading. */
public class MediaUploadException extends RuntimeException {

  private final int status;

  public MediaUploadException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** Messaggio's result code 1..4, or -1 when we refused the file ourselves. */
  public int status() {
    return status;
  }
}
