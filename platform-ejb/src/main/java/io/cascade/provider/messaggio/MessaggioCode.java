package io.cascade.provider.messaggio;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Bulk response codes of seed 004, section 1.4.1, with the document's "repeat the request" column
 * and our back-off base for the repeatable ones.
 */
public enum MessaggioCode {
  OK(0, "Request successfully processed", false, null),
  INVALID_INPUT(-1, "Invalid input data", false, null),
  AUTHENTICATION_FAILED(-2, "Authentication failed", true, Duration.ofMinutes(1)),
  DENIED(-3, "Request processing denial", false, null),
  TEMPORARY_ERROR(-4, "Temporary technical error", true, Duration.ofSeconds(30)),
  BALANCE_EXHAUSTED(-5, "The balance of SMS-messages is exhausted", false, null),
  BANDWIDTH_EXCEEDED(-6, "Bandwidth limit exceeded", true, Duration.ofSeconds(10));

  private final int code;
  private final String meaning;
  private final boolean repeat;
  private final Duration retryBase;

  MessaggioCode(int code, String meaning, boolean repeat, Duration retryBase) {
    this.code = code;
    this.meaning = meaning;
    this.repeat = repeat;
    this.retryBase = retryBase;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }

  public boolean repeat() {
    return repeat;
  }

  public Duration retryBase() {
    return retryBase;
  }

  public static Optional<MessaggioCode> of(int code) {
    return Arrays.stream(values()).filter(c -> c.code == code).findFirst();
  }
}
