package io.cascade.provider;

/** A provider answered something we cannot read (not a documented reply or error shape). */
public class ProviderReplyException extends RuntimeException {

  public ProviderReplyException(String message) {
    super(message);
  }

  public ProviderReplyException(String message, Throwable cause) {
    super(message, cause);
  }
}
