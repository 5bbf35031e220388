package io.cascade.simulator.hyber;

/**
 * Hyber's error body. Only 36024 "Phone number incorrect" is documented; the other codes are ours,
 * in the same range, and listed in the simulator's README.
 */
public record HyberError(int errorCode, String errorText) {
  static final int PHONE_INCORRECT = 36024;
  static final int INVALID_JSON = 36001;
  static final int MISSING_PARAMETER = 36002;
  static final int INVALID_PARAMETER = 36003;
  static final int INVALID_CHANNELS = 36004;
  static final int TOO_MANY_RECIPIENTS = 36005;
  static final int UNAUTHORIZED = 36010;
  static final int NOT_FOUND = 36404;
  static final int RATE_LIMIT = 36429;
  static final int TEMPORARY = 36500;

  static HyberError phone() {
    return new HyberError(PHONE_INCORRECT, "Phone number incorrect");
  }

  static HyberError missing(String name) {
    return new HyberError(MISSING_PARAMETER, "Mandatory parameter missing: " + name);
  }

  static HyberError invalid(String name) {
    return new HyberError(INVALID_PARAMETER, "Parameter incorrect: " + name);
  }
}
