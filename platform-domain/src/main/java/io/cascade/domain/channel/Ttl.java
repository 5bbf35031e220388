package io.cascade.domain.channel;

import java.time.Duration;

/**
 * How long a provider may keep trying one channel. Provider-specific ranges live with each
 * provider's limits; here only "positive and at most {@link #MAX_SECONDS}" holds.
 */
public record Ttl(int seconds) {

  /** 30 days: longer than any provider accepts, so anything above is a typing mistake. */
  public static final int MAX_SECONDS = 30 * 24 * 3600;

  public Ttl {
    if (seconds <= 0 || seconds > MAX_SECONDS) {
      throw new InvalidContentException("ttl.range", MAX_SECONDS, seconds);
    }
  }

  public static Ttl ofSeconds(int seconds) {
    return new Ttl(seconds);
  }

  public static Ttl of(Duration duration) {
    return new Ttl(Math.toIntExact(duration.toSeconds()));
  }

  public Duration toDuration() {
    return Duration.ofSeconds(seconds);
  }
}
