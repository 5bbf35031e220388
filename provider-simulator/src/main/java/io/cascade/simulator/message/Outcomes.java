package io.cascade.simulator.message;

import java.util.concurrent.ThreadLocalRandom;

/**
 * How messages end and when. The three final ratios are normalised by their sum; {@code seen},
 * {@code clicked} and {@code replied} are fractions of delivered messages. Delays are compressed
 * time: a Viber TTL of hours still ends within {@code maxDelayMs}.
 */
public record Outcomes(
    double delivered,
    double undelivered,
    double expired,
    double seen,
    double clicked,
    double replied,
    long minDelayMs,
    long maxDelayMs) {

  public static final Outcomes DEFAULT = new Outcomes(0.85, 0.10, 0.05, 0.6, 0.1, 0.02, 200, 2000);

  public Outcomes {
    if (delivered < 0 || undelivered < 0 || expired < 0 || delivered + undelivered + expired <= 0) {
      throw new IllegalArgumentException("delivered/undelivered/expired must be >= 0, sum > 0");
    }
    for (double p : new double[] {seen, clicked, replied}) {
      if (p < 0 || p > 1) {
        throw new IllegalArgumentException("seen/clicked/replied must be within 0..1");
      }
    }
    if (minDelayMs < 0 || maxDelayMs < minDelayMs) {
      throw new IllegalArgumentException("need 0 <= min_delay_ms <= max_delay_ms");
    }
  }

  public Outcome draw() {
    double r = ThreadLocalRandom.current().nextDouble() * (delivered + undelivered + expired);
    if (r < delivered) {
      return Outcome.DELIVERED;
    }
    return r < delivered + undelivered ? Outcome.UNDELIVERED : Outcome.EXPIRED;
  }

  public long delay() {
    return minDelayMs == maxDelayMs
        ? minDelayMs
        : ThreadLocalRandom.current().nextLong(minDelayMs, maxDelayMs + 1);
  }

  public static boolean chance(double p) {
    return p >= 1 || (p > 0 && ThreadLocalRandom.current().nextDouble() < p);
  }
}
