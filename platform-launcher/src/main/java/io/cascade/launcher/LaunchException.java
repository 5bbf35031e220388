package io.cascade.launcher;

/**
 * The platform cannot start or keep running, for a reason a person can act on (a server that
 * exited, a port held by something else); the message says which and what to do.
 */
public final class LaunchException extends RuntimeException {

  public LaunchException(String message) {
    super(message);
  }
}
