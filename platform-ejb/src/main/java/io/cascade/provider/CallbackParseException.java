package io.cascade.provider;

/** A callback body that cannot be turned into events; the message says what is wrong. */
public class CallbackParseException extends RuntimeException {

  public CallbackParseException(String provider, String problem) {
    super(provider + " callback: " + problem);
  }

  public CallbackParseException(String provider, String problem, Throwable cause) {
    super(provider + " callback: " + problem, cause);
  }
}
