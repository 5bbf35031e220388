package io.cascade.provider;

import java.time.Duration;

/** What became of one recipient of a {@link SendRequest}, keyed by our own message id. */
public sealed interface SendOutcome {

  String messageId();

  /**
   * The provider took the message. {@code providerMessageId} is null when the provider answered
   * with a campaign {@code jobId} only (Hyber async batch).
   */
  record Accepted(String messageId, String providerMessageId, String jobId)
      implements SendOutcome {}

  /** Refused for good: sending the same again will fail the same way. */
  record Rejected(String messageId, String code, String text) implements SendOutcome {}

  /** Failed for a passing reason; try again after {@code retryAfter}. */
  record Retryable(String messageId, String code, String text, Duration retryAfter)
      implements SendOutcome {}
}
