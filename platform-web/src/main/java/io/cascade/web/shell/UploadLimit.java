package io.cascade.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The largest request body the platform reads ({@code MAX_UPLOAD_BYTES}, as the server's
 * max-post-size): the upload controls check it in the browser, {@link UploadLimitFilter} on the
 * server.
 */
@Named
@ApplicationScoped
public class UploadLimit {

  static final long DEFAULT_BYTES = 512L * 1024 * 1024;

  private final long bytes = fromEnvironment(System.getenv("MAX_UPLOAD_BYTES"));

  static long fromEnvironment(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_BYTES;
    }
    return Long.parseLong(value.strip());
  }

  public long getBytes() {
    return bytes;
  }

  /** The limit as a person reads it: "512 MB", "1.5 MB", "800 KB". */
  public String getWords() {
    return words(bytes);
  }

  static String words(long bytes) {
    if (bytes >= 1024 * 1024) {
      return amount(bytes / (1024.0 * 1024)) + " MB";
    }
    if (bytes >= 1024) {
      return amount(bytes / 1024.0) + " KB";
    }
    return bytes + " bytes";
  }

  private static String amount(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.valueOf(Math.round(value * 10) / 10.0);
  }
}
