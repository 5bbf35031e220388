package io.cascade.simulator.fault;

import io.cascade.simulator.Provider;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One injected fault: for the next {@code count} matching requests (or messages), or for a {@code
 * ratio} of them until removed. {@code process} makes a 5xx or timeout happen after the request was
 * accepted, so the sends count although the client saw an error: the case that tempts a client into
 * sending twice. {@code copies} is how many times {@link FaultKind#DUPLICATE_CALLBACK} sends each
 * callback.
 */
public final class FaultRule {
  /** Copies of each callback a {@code duplicate_callback} rule sends unless told otherwise. */
  public static final int DEFAULT_COPIES = 2;

  /** At most this many copies of one callback: each is a timer task and an HTTP request. */
  public static final int MAX_COPIES = 20;

  private final long id;
  private final Provider provider;
  private final FaultKind kind;
  private final AtomicLong remaining;
  private final Double ratio;
  private final int status;
  private final long delayMs;
  private final boolean process;
  private final int copies;
  private final AtomicLong hits = new AtomicLong();

  FaultRule(
      long id,
      Provider provider,
      FaultKind kind,
      Long count,
      Double ratio,
      Integer status,
      Long delayMs,
      Boolean process,
      Integer copies) {
    if (ratio != null && (ratio < 0 || ratio > 1)) {
      throw new IllegalArgumentException("ratio must be within 0..1");
    }
    if (count != null && count < 1) {
      throw new IllegalArgumentException("count must be >= 1");
    }
    if (copies != null && kind != FaultKind.DUPLICATE_CALLBACK) {
      throw new IllegalArgumentException("copies is only for duplicate_callback");
    }
    if (copies != null && (copies < 1 || copies > MAX_COPIES)) {
      throw new IllegalArgumentException("copies must be within 1.." + MAX_COPIES);
    }
    this.id = id;
    this.provider = provider;
    this.kind = kind;
    this.ratio = ratio;
    this.remaining = new AtomicLong(count != null ? count : ratio == null ? 1 : Long.MAX_VALUE);
    this.status = status == null ? 503 : status;
    this.delayMs = delayMs != null ? delayMs : kind == FaultKind.TIMEOUT ? 120_000 : 3_000;
    this.process = process != null && process;
    this.copies =
        kind != FaultKind.DUPLICATE_CALLBACK ? 1 : copies == null ? DEFAULT_COPIES : copies;
  }

  /** True when this rule fires for one more request or message, consuming one of its count. */
  boolean tryFire(Provider target) {
    if (provider != null && provider != target) {
      return false;
    }
    if (ratio != null && ThreadLocalRandom.current().nextDouble() >= ratio) {
      return false;
    }
    while (true) {
      long left = remaining.get();
      if (left <= 0) {
        return false;
      }
      if (left == Long.MAX_VALUE || remaining.compareAndSet(left, left - 1)) {
        hits.incrementAndGet();
        return true;
      }
    }
  }

  boolean exhausted() {
    return remaining.get() <= 0;
  }

  public long id() {
    return id;
  }

  public FaultKind kind() {
    return kind;
  }

  public int status() {
    return status;
  }

  public long delayMs() {
    return delayMs;
  }

  public boolean process() {
    return process;
  }

  /** How many times each callback is sent: 1 but for {@code duplicate_callback}. */
  public int copies() {
    return copies;
  }

  public View view() {
    long left = remaining.get();
    return new View(
        id,
        provider == null ? "any" : provider.pathName(),
        kind.name().toLowerCase(),
        ratio,
        left == Long.MAX_VALUE ? null : left,
        status,
        delayMs,
        process,
        kind == FaultKind.DUPLICATE_CALLBACK ? copies : null,
        hits.get());
  }

  /** The JSON shape of a rule in the control API. */
  public record View(
      long id,
      String provider,
      String kind,
      Double ratio,
      Long remaining,
      int status,
      long delayMs,
      boolean process,
      Integer copies,
      long hits) {}
}
