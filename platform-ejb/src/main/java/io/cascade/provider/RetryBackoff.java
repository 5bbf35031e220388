package io.cascade.provider;

import java.time.Duration;

/** Exponential back-off: {@code base * 2^(attempt-1)}, never above {@link #MAX_DELAY}. */
public final class RetryBackoff {

  /** After an hour of failures a person should look; waiting longer helps nobody. */
  public static final Duration MAX_DELAY = Duration.ofHours(1);

  private RetryBackoff() {}

  public static Duration delay(Duration base, int attempt) {
    int doublings = Math.min(Math.max(attempt, 1) - 1, 20);
    Duration delay = base.multipliedBy(1L << doublings);
    return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
  }
}
