package io.cascade.provider;

import io.cascade.domain.message.Recipient;
import java.time.Duration;
import java.util.List;

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
      implements SendOutcome {

    /** Code of a request the provider never answered (refused connection, timeout). */
    public static final String NO_ANSWER = "IO";

    /**
     * The provider never answered: each recipient of the request may be retried. Whether the
     * provider took the message anyway is unknown, so dispatch reconciles by status query first.
     */
    public static List<SendOutcome> noAnswer(
        List<Recipient> sent, String provider, Exception cause, Duration retryAfter) {
      String text = "No answer from " + provider + ": " + cause.getMessage();
      return sent.stream()
          .<SendOutcome>map(r -> new Retryable(r.messageId(), NO_ANSWER, text, retryAfter))
          .toList();
    }
  }
}
