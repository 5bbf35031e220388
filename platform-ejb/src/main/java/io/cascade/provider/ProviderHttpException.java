package io.cascade.provider;

/**
 * A provider answered with an HTTP error status. Thrown by {@link HttpErrorMapper} so that the
 * client can read the provider's error body instead of a bare {@code WebApplicationException}.
 */
public class ProviderHttpException extends RuntimeException {

  private final int status;
  private final String body;

  public ProviderHttpException(int status, String body) {
    super("HTTP " + status + (body == null || body.isBlank() ? "" : ": " + abbreviate(body)));
    this.status = status;
    this.body = body == null ? "" : body;
  }

  public int status() {
    return status;
  }

  public String body() {
    return body;
  }

  /** 408, 425, 429 and 5xx pass; other 4xx mean the request itself is wrong. */
  public boolean isTransient() {
    return status == 408 || status == 425 || status == 429 || status >= 500;
  }

  private static String abbreviate(String body) {
    return body.length() > 300 ? body.substring(0, 300) + "..." : body;
  }
}
