package io.cascade.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How dispatch paces itself; each from the environment, with a default fit for production (the
 * tests shorten the waits).
 */
@ApplicationScoped
public class DispatchSettings {

  /** Requests in flight at once for providers that take one message a request (DecisionTelecom). */
  @Inject
  @ConfigProperty(name = "DISPATCH_CONCURRENCY", defaultValue = "64")
  int concurrency;

  /** Messages claimed at once for such providers; batch providers take their own largest batch. */
  @Inject
  @ConfigProperty(name = "DISPATCH_SINGLE_BATCH", defaultValue = "1000")
  int singleBatch;

  /** Tries of a message before a passing refusal becomes final. */
  @Inject
  @ConfigProperty(name = "DISPATCH_MAX_ATTEMPTS", defaultValue = "6")
  int maxAttempts;

  /** The longest wait before a retry, whatever back-off the provider's client asks for. */
  @Inject
  @ConfigProperty(name = "DISPATCH_RETRY_MAX_SECONDS", defaultValue = "3600")
  long retryMaxSeconds;

  /** How long a provider may accept nothing before its campaign is paused with the reason. */
  @Inject
  @ConfigProperty(name = "DISPATCH_PAUSE_AFTER_SECONDS", defaultValue = "60")
  long pauseAfterSeconds;

  /**
   * A node's hold on what it claimed: longer than a request may take (the clients' read timeout is
   * 60 s). After it, another node takes the messages up as possibly sent.
   */
  @Inject
  @ConfigProperty(name = "DISPATCH_LEASE_SECONDS", defaultValue = "120")
  long leaseSeconds;

  /**
   * How long after its TTLs a sent message may still wait for its final report before the provider
   * is asked (or, where it cannot be, the message expires).
   */
  @Inject
  @ConfigProperty(name = "DISPATCH_RECONCILE_GRACE_SECONDS", defaultValue = "600")
  long reconcileGraceSeconds;

  public Duration reconcileGrace() {
    return Duration.ofSeconds(reconcileGraceSeconds);
  }

  public int concurrency() {
    return concurrency;
  }

  public int singleBatch() {
    return singleBatch;
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration retryMax() {
    return Duration.ofSeconds(retryMaxSeconds);
  }

  public Duration pauseAfter() {
    return Duration.ofSeconds(pauseAfterSeconds);
  }

  public Duration lease() {
    return Duration.ofSeconds(leaseSeconds);
  }
}
